package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.DocumentNameTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
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
        return evaluate(model, file, error -> {});
    }

    /** As {@link #evaluate(TokenNameFinderModel, Path)}, and hands every name it got wrong to {@code errors}. */
    public static NerEvaluation evaluate(TokenNameFinderModel model, Path file, Consumer<NameError> errors)
            throws IOException {
        return evaluate(new DocumentNameTagger(model), NameSampleFiles.read(file), errors);
    }

    /**
     * Runs the document finder over the sentences, one document at a time (a document starts at every sentence with
     * {@link NameSample#isClearAdaptiveDataSet()}), and counts its matches.
     */
    public static NerEvaluation evaluate(DocumentNameTagger finder, List<NameSample> samples) {
        return evaluate(finder, samples, error -> {});
    }

    /**
     * As {@link #evaluate(DocumentNameTagger, List)}, and hands every name it got wrong to {@code errors}, in the
     * order of the sentences.
     */
    public static NerEvaluation evaluate(
            DocumentNameTagger finder, List<NameSample> samples, Consumer<NameError> errors) {
        TreeMap<String, MatchCounts> byType = new TreeMap<>();
        int tokens = 0;
        int number = 0;
        for (List<NameSample> document : NerTrainer.documents(samples)) {
            number++;
            List<Span[]> found =
                    finder.find(document.stream().map(NameSample::getSentence).toList());
            for (int i = 0; i < document.size(); i++) {
                NameSample sample = document.get(i);
                tally(sample.getNames(), found.get(i), byType);
                errors(number, sample.getSentence(), sample.getNames(), found.get(i))
                        .forEach(errors);
                tokens += sample.getSentence().length;
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

    /**
     * Pairs the sentence's wrong names: a found name with a gold name of the same span is a wrong type, one that only
     * overlaps a gold name a wrong span; what remains unpaired is missed (gold) or spurious (found).
     */
    static List<NameError> errors(int document, String[] sentence, Span[] gold, Span[] found) {
        List<NameError> errors = new ArrayList<>();
        List<Span> missed = new ArrayList<>();
        List<Span> wrong = new ArrayList<>();
        Set<Entity> foundEntities = entities(found);
        Set<Entity> goldEntities = entities(gold);
        for (Span name : gold) {
            if (!foundEntities.contains(new Entity(name.getStart(), name.getEnd(), name.getType()))) {
                missed.add(name);
            }
        }
        for (Span name : found) {
            if (!goldEntities.contains(new Entity(name.getStart(), name.getEnd(), name.getType()))) {
                wrong.add(name);
            }
        }
        for (Span name : wrong) {
            Span pair = missed.stream()
                    .filter(g -> g.getStart() == name.getStart() && g.getEnd() == name.getEnd())
                    .findFirst()
                    .orElse(null);
            NameError.Kind kind = NameError.Kind.WRONG_TYPE;
            if (pair == null) {
                pair = missed.stream().filter(name::intersects).findFirst().orElse(null);
                kind = pair == null ? NameError.Kind.SPURIOUS : NameError.Kind.WRONG_SPAN;
            }
            missed.remove(pair);
            errors.add(new NameError(kind, document, sentence, pair, name));
        }
        missed.forEach(name -> errors.add(new NameError(NameError.Kind.MISSED, document, sentence, name, null)));
        return errors;
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
