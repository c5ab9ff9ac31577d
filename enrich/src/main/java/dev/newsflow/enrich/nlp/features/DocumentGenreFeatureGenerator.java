package dev.newsflow.enrich.nlp.features;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A capitalised word's lower-cased form and Brown clusters, joined with the kind of document it is in: {@code
 * sport,w=milan}, {@code business,c=1010}, ... The same word is another thing in another kind of story: "Milan" or
 * "Kent" in a sports report is usually the club, in a business or world story the place.
 *
 * <p>The kind is read off the words of the document so far, the current sentence included, against three word lists:
 * a document is {@code sport} as soon as it has one sports word (a results report names teams and players, not the
 * game, beyond its headline); otherwise {@code business} or {@code politics}, whichever list it has more words of
 * (business on a tie); otherwise {@code other}. Only what the name finder has already read counts, so tagging stays
 * one pass in order, as in training.
 *
 * <p>Adaptive: it counts the sentences it is told of since {@link #clearAdaptiveData()}. Not thread-safe, like the
 * name finder that owns it.
 */
final class DocumentGenreFeatureGenerator implements AdaptiveFeatureGenerator {

    private final WordClusters clusters;
    private final Set<String> sportWords;
    private final Set<String> businessWords;
    private final Set<String> politicsWords;

    /** Counts of sport, business and politics words in the sentences before the current one. */
    private final int[] before = new int[3];

    private String[] countedSentence;
    private String genre;

    DocumentGenreFeatureGenerator(
            WordClusters clusters, Set<String> sportWords, Set<String> businessWords, Set<String> politicsWords) {
        this.clusters = clusters;
        this.sportWords = Set.copyOf(sportWords);
        this.businessWords = Set.copyOf(businessWords);
        this.politicsWords = Set.copyOf(politicsWords);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return;
        }
        String genre = genre(tokens);
        features.add(genre + ",w=" + token.toLowerCase(Locale.ROOT));
        for (String id : clusters.lookup(token)) {
            features.add(genre + ",c=" + id);
        }
    }

    /** The document's kind with this sentence counted; worked out once per sentence. */
    String genre(String[] sentence) {
        if (sentence != countedSentence) {
            int[] counts = before.clone();
            count(sentence, counts);
            genre = counts[0] > 0
                    ? "sport"
                    : counts[1] == 0 && counts[2] == 0 ? "other" : counts[1] >= counts[2] ? "business" : "politics";
            countedSentence = sentence;
        }
        return genre;
    }

    private void count(String[] sentence, int[] counts) {
        for (String token : sentence) {
            String word = token.toLowerCase(Locale.ROOT);
            if (sportWords.contains(word)) {
                counts[0]++;
            }
            if (businessWords.contains(word)) {
                counts[1]++;
            }
            if (politicsWords.contains(word)) {
                counts[2]++;
            }
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        count(tokens, before);
        countedSentence = null;
    }

    @Override
    public void clearAdaptiveData() {
        java.util.Arrays.fill(before, 0);
        countedSentence = null;
    }
}
