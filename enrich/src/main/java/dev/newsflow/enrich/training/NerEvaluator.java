package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.DocumentNameTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Scores a name finder against annotated sentences the way conlleval does: an entity counts as found only when both
 * its token span and its type equal a gold entity's. A prediction with the right type but a span one token too short
 * is therefore a false positive and its gold entity a false negative, with no partial credit.
 */
public final class NerEvaluator {

    private NerEvaluator() {}

    /**
     * Evaluates a model on a CoNLL or OpenNLP-format file (see {@link NameSampleFiles}) the way enrich runs it: one
     * document at a time through a {@link DocumentNameTagger}, including its pass over repeated mentions.
     */
    public static NerEvaluation evaluate(TokenNameFinderModel model, Path file) throws IOException {
        return evaluate(new DocumentNameTagger(model), NameSampleFiles.read(file));
    }

    /**
     * Runs the document finder over the sentences, one document at a time (a document starts at every sentence with
     * {@link NameSample#isClearAdaptiveDataSet()}), and counts its matches.
     */
    public static NerEvaluation evaluate(DocumentNameTagger finder, List<NameSample> samples) {
        TreeMap<String, MatchCounts> byType = new TreeMap<>();
        int tokens = 0;
        for (List<NameSample> document : NerTrainer.documents(samples)) {
            List<Span[]> found =
                    finder.find(document.stream().map(NameSample::getSentence).toList());
            for (int i = 0; i < document.size(); i++) {
                tally(document.get(i).getNames(), found.get(i), byType);
                tokens += document.get(i).getSentence().length;
            }
        }
        return new NerEvaluation(byType, samples.size(), tokens);
    }

    /**
     * Runs the finder over the sentences in order and counts its matches.
     *
     * <p>The finder's adaptive data (what it has already tagged in the current document) is cleared before the first
     * sentence and before every sentence that starts a document, exactly as training does, so that no document's
     * decisions leak into the next.
     */
    public static NerEvaluation evaluate(TokenNameFinder finder, List<NameSample> samples) {
        TreeMap<String, MatchCounts> byType = new TreeMap<>();
        int tokens = 0;
        boolean first = true;
        for (NameSample sample : samples) {
            if (first || sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
                first = false;
            }
            String[] sentence = sample.getSentence();
            tally(sample.getNames(), finder.find(sentence), byType);
            tokens += sentence.length;
        }
        return new NerEvaluation(byType, samples.size(), tokens);
    }

    private static void tally(Span[] gold, Span[] predicted, Map<String, MatchCounts> byType) {
        Set<Entity> goldEntities = entities(gold);
        Set<Entity> predictedEntities = entities(predicted);
        for (Entity entity : predictedEntities) {
            byType.merge(
                    entity.type(),
                    goldEntities.contains(entity)
                            ? MatchCounts.NONE.plusTruePositive()
                            : MatchCounts.NONE.plusFalsePositive(),
                    MatchCounts::plus);
        }
        for (Entity entity : goldEntities) {
            if (!predictedEntities.contains(entity)) {
                byType.merge(entity.type(), MatchCounts.NONE.plusFalseNegative(), MatchCounts::plus);
            }
        }
    }

    private static Set<Entity> entities(Span[] spans) {
        Set<Entity> entities = new HashSet<>();
        for (Span span : spans) {
            entities.add(new Entity(span.getStart(), span.getEnd(), span.getType()));
        }
        return entities;
    }

    /** A span without its probability, which must not take part in the comparison. */
    private record Entity(int start, int end, String type) {}
}
