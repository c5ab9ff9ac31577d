package dev.newsflow.enrich.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;

/**
 * Name-finder training events with every feature also copied under its sentence's domain, so that one perceptron
 * learns from a target corpus and an auxiliary one annotated by other guidelines ("frustratingly easy domain
 * adaptation", Daumé III 2007): a plain feature {@code w=london} is shared by both, {@code t:w=london} is seen only in
 * target sentences and {@code a:w=london} only in auxiliary ones, so what the auxiliary corpus does differently (GMB
 * puts "President" inside a person's name, CoNLL does not) is learnt by the domain copies instead of the shared
 * weights.
 *
 * <p>The model is linear, so {@link #targetModel} folds the trained weights into a model of the plain features alone:
 * each plain feature weighs what it and its target copy weighed together, which scores any sentence exactly as the
 * augmented model scores it as a target sentence, at one model's cost at run time.
 */
final class DomainAugmentedEvents extends NameFinderEventStream {

    /** The prefix of a feature's copy seen only in target sentences. */
    static final String TARGET = "t:";

    /** The prefix of a feature's copy seen only in auxiliary sentences. */
    static final String AUXILIARY = "a:";

    private final Set<NameSample> auxiliary;

    /**
     * @param samples target and auxiliary sentences in the order the trainer is to see them
     * @param auxiliary which of those sentences (the same objects) are auxiliary; all others are target
     */
    DomainAugmentedEvents(
            ObjectStream<NameSample> samples,
            Set<NameSample> auxiliary,
            NameContextGenerator contextGenerator,
            SequenceCodec<String> codec) {
        super(samples, null, contextGenerator, codec);
        this.auxiliary = auxiliary;
    }

    /** An identity set of the given sentences, for the constructor. */
    static Set<NameSample> identitySet(List<NameSample> samples) {
        Set<NameSample> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(samples);
        return set;
    }

    @Override
    protected Iterator<Event> createEvents(NameSample sample) {
        String domain = auxiliary.contains(sample) ? AUXILIARY : TARGET;
        List<Event> events = new ArrayList<>();
        super.createEvents(sample).forEachRemaining(event -> events.add(augmented(event, domain)));
        return events.iterator();
    }

    private static Event augmented(Event event, String domain) {
        String[] plain = event.getContext();
        String[] context = new String[plain.length * 2];
        for (int i = 0; i < plain.length; i++) {
            if (plain[i].startsWith(TARGET) || plain[i].startsWith(AUXILIARY)) {
                // folding would take it for a copy
                throw new IllegalStateException("a feature already starts with a corpus prefix: " + plain[i]);
            }
            context[i] = plain[i];
            context[plain.length + i] = domain + plain[i];
        }
        return new Event(event.getOutcome(), context);
    }

    /**
     * The model of the plain features whose weights are those of the augmented model's plain features plus their
     * target copies; auxiliary copies are dropped.
     */
    static PerceptronModel targetModel(PerceptronModel augmented) {
        PerceptronAverage folded = new PerceptronAverage();
        folded.add(augmented, DomainAugmentedEvents::targetName);
        return folded.average();
    }

    /** The plain feature a target copy or plain feature stands for; none for an auxiliary copy. */
    private static String targetName(String feature) {
        if (feature.startsWith(AUXILIARY)) {
            return null;
        }
        return feature.startsWith(TARGET) ? feature.substring(TARGET.length()) : feature;
    }
}
