package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

    private static final String SENTENCE = "John Smith visited Acme in Paris .";

    @Test
    void shouldCountAnExactSpanWithTheRightTypeAsATruePositive() {
        NerEvaluation evaluation = evaluate(
                spans(new Span(0, 2, "person"), new Span(5, 6, "location")),
                spans(new Span(0, 2, "person"), new Span(5, 6, "location")));

        assertEquals(new MatchCounts(1, 0, 0), evaluation.of("person"));
        assertEquals(new MatchCounts(1, 0, 0), evaluation.of("location"));
        assertEquals(1.0, evaluation.overall().f1());
    }

    @Test
    void shouldCountAPartialSpanAsBothAFalsePositiveAndAFalseNegative() {
        NerEvaluation evaluation = evaluate(spans(new Span(0, 2, "person")), spans(new Span(1, 2, "person")));

        assertEquals(new MatchCounts(0, 1, 1), evaluation.of("person"));
    }

    @Test
    void shouldCountATooLongSpanAsBothAFalsePositiveAndAFalseNegative() {
        NerEvaluation evaluation =
                evaluate(spans(new Span(3, 4, "organization")), spans(new Span(3, 6, "organization")));

        assertEquals(new MatchCounts(0, 1, 1), evaluation.of("organization"));
    }

    @Test
    void shouldCountTheRightSpanWithTheWrongTypeAgainstBothTypes() {
        NerEvaluation evaluation = evaluate(spans(new Span(3, 4, "organization")), spans(new Span(3, 4, "location")));

        assertEquals(new MatchCounts(0, 0, 1), evaluation.of("organization"));
        assertEquals(new MatchCounts(0, 1, 0), evaluation.of("location"));
        assertEquals(new MatchCounts(0, 1, 1), evaluation.overall());
    }

    @Test
    void shouldCountMissedAndSpuriousEntities() {
        NerEvaluation evaluation = evaluate(spans(new Span(0, 2, "person")), spans(new Span(5, 6, "location")));

        assertEquals(new MatchCounts(0, 0, 1), evaluation.of("person"));
        assertEquals(new MatchCounts(0, 1, 0), evaluation.of("location"));
    }

    @Test
    void shouldIgnoreTheProbabilityOfAPredictedSpan() {
        NerEvaluation evaluation = evaluate(spans(new Span(0, 2, "person")), spans(new Span(0, 2, "person", 0.42)));

        assertEquals(new MatchCounts(1, 0, 0), evaluation.of("person"));
    }

    @Test
    void shouldClearAdaptiveDataBeforeTheFirstSentenceAndAtEveryDocumentStart() {
        ScriptedFinder finder = new ScriptedFinder(Map.of());
        List<NameSample> samples = List.of(
                sample("a1", false), sample("a2", false), sample("b1", true), sample("b2", false), sample("c1", true));

        NerEvaluator.evaluate(finder, samples);

        assertEquals(
                List.of("clear", "find a1", "find a2", "clear", "find b1", "find b2", "clear", "find c1"),
                finder.calls);
    }

    @Test
    void shouldSumCountsOverSentencesAndReportThemLikeConlleval() {
        ScriptedFinder finder = new ScriptedFinder(Map.of(
                "John Smith spoke .", spans(new Span(0, 2, "person")),
                "Smith left Paris .", spans(new Span(0, 1, "person"), new Span(2, 3, "organization"))));
        List<NameSample> samples = List.of(
                sample("John Smith spoke .", true, new Span(0, 2, "person")),
                sample("Smith left Paris .", false, new Span(0, 1, "person"), new Span(2, 3, "location")));

        NerEvaluation evaluation = NerEvaluator.evaluate(finder, samples);

        assertEquals(2, evaluation.sentences());
        assertEquals(8, evaluation.tokens());
        assertEquals(new MatchCounts(2, 1, 1), evaluation.overall());
        String report = evaluation.report();
        assertTrue(report.startsWith("processed 8 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"), report);
        assertTrue(report.contains("overall           66.67%  66.67%   66.67       3       3       2"), report);
        assertTrue(report.contains("location           0.00%   0.00%    0.00       0       1       0"), report);
    }

    @Test
    void shouldTellTheKindOfEveryWrongNameAndLeaveOutTheRightOnes() {
        String[] sentence = SENTENCE.split(" ");
        Span[] gold = spans(new Span(0, 2, "person"), new Span(3, 4, "organization"), new Span(5, 6, "location"));
        Span[] found = spans(new Span(1, 2, "person"), new Span(3, 4, "location"), new Span(2, 3, "misc"));

        List<String> errors = NerEvaluator.errors(7, sentence, gold, found).stream()
                .map(NameError::toTsvLine)
                .toList();

        assertEquals(
                List.of(
                        "wrong span\t7\tJohn Smith\tperson\tSmith\tperson\t" + SENTENCE,
                        "wrong type\t7\tAcme\torganization\tAcme\tlocation\t" + SENTENCE,
                        "spurious\t7\t\t\tvisited\tmisc\t" + SENTENCE,
                        "missed\t7\tParis\tlocation\t\t\t" + SENTENCE),
                errors);
        assertEquals(List.of(), NerEvaluator.errors(1, sentence, gold, gold));
    }

    private static NerEvaluation evaluate(Span[] gold, Span[] predicted) {
        ScriptedFinder finder = new ScriptedFinder(Map.of(SENTENCE, predicted));
        return NerEvaluator.evaluate(finder, List.of(sample(SENTENCE, true, gold)));
    }

    private static NameSample sample(String sentence, boolean documentStart, Span... names) {
        return new NameSample(sentence.split(" "), names, documentStart);
    }

    private static Span[] spans(Span... spans) {
        return spans;
    }

    /** Answers each sentence with fixed spans (none if unscripted) and logs every call in order. */
    private static final class ScriptedFinder implements TokenNameFinder {

        final List<String> calls = new ArrayList<>();
        private final Map<String, Span[]> answers;

        ScriptedFinder(Map<String, Span[]> answers) {
            this.answers = answers;
        }

        @Override
        public Span[] find(String[] tokens) {
            String sentence = String.join(" ", tokens);
            calls.add("find " + sentence);
            return answers.getOrDefault(sentence, new Span[0]);
        }

        @Override
        public void clearAdaptiveData() {
            calls.add("clear");
        }
    }
}
