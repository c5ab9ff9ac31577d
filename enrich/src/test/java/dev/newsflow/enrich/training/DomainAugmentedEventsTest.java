package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import org.junit.jupiter.api.Test;

class DomainAugmentedEventsTest {

    private static final NameSample TARGET =
            new NameSample(new String[] {"Obama", "spoke"}, new Span[] {new Span(0, 1, "person")}, true);
    private static final NameSample AUXILIARY =
            new NameSample(new String[] {"President", "Obama"}, new Span[] {new Span(0, 2, "person")}, true);

    @Test
    void shouldCopyEveryFeatureUnderItsSentencesCorpus() throws IOException {
        List<Event> events = events(List.of(TARGET, AUXILIARY), List.of(AUXILIARY));

        assertEquals(4, events.size());
        assertEquals("person-start", events.get(0).getOutcome());
        assertAugmented(events.get(0), "t:", "w=obama");
        assertAugmented(events.get(1), "t:", "w=spoke");
        // the auxiliary corpus puts the title inside the name: its own copy of the features can learn that
        assertEquals("person-start", events.get(2).getOutcome());
        assertAugmented(events.get(2), "a:", "w=president");
        assertEquals("person-cont", events.get(3).getOutcome());
        assertAugmented(events.get(3), "a:", "w=obama");
    }

    /** The event's features are the plain ones, among them {@code feature}, then each again with the prefix. */
    private static void assertAugmented(Event event, String prefix, String feature) {
        List<String> context = List.of(event.getContext());
        int plain = context.size() / 2;
        assertEquals(feature, context.get(0));
        assertEquals(
                context.subList(0, plain).stream().map(f -> prefix + f).toList(), context.subList(plain, 2 * plain));
        assertFalse(context.subList(0, plain).stream().anyMatch(f -> f.startsWith("t:") || f.startsWith("a:")));
    }

    @Test
    void shouldFoldTheTargetCopiesIntoThePlainFeaturesAndDropTheAuxiliaryOnes() {
        String[] outcomes = {"other", "person-start"};
        PerceptronModel augmented = new PerceptronModel(
                new Context[] {
                    new Context(new int[] {0, 1}, new double[] {1, 2}),
                    new Context(new int[] {1}, new double[] {3}),
                    new Context(new int[] {0}, new double[] {5}),
                    new Context(new int[] {0, 1}, new double[] {-4, 7}),
                    new Context(new int[] {0}, new double[] {4}),
                },
                new String[] {"w=president", "t:w=president", "a:w=president", "w=obama", "t:w=obama"},
                outcomes);

        PerceptronModel target = DomainAugmentedEvents.targetModel(augmented);

        Map<String, Context> weights = predicates(target);
        assertEquals(java.util.Set.of("w=president", "w=obama"), weights.keySet());
        assertArrayEquals(new double[] {1, 5}, weights.get("w=president").getParameters(), 0);
        // -4 + 4 = 0 for "other": no weight is kept for it
        assertArrayEquals(new int[] {1}, weights.get("w=obama").getOutcomes());
        assertArrayEquals(new double[] {7}, weights.get("w=obama").getParameters(), 0);
        // the folded model scores a sentence exactly as the augmented one scores it as a target sentence
        for (String word : List.of("president", "obama")) {
            assertArrayEquals(
                    augmented.eval(new String[] {"w=" + word, "t:w=" + word}),
                    target.eval(new String[] {"w=" + word}),
                    0);
        }
        assertFalse(weights.keySet().stream().anyMatch(name -> name.contains(":w=")));
    }

    private static List<Event> events(List<NameSample> samples, List<NameSample> auxiliary) throws IOException {
        ObjectStream<Event> stream = new DomainAugmentedEvents(
                ObjectStreamUtils.createObjectStream(samples),
                DomainAugmentedEvents.identitySet(auxiliary),
                new DefaultNameContextGenerator(new TokenFeatureGenerator(true)),
                new BioCodec());
        List<Event> events = new ArrayList<>();
        for (Event event = stream.read(); event != null; event = stream.read()) {
            events.add(event);
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> predicates(PerceptronModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }
}
