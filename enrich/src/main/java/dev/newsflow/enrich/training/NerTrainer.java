package dev.newsflow.enrich.training;

import dev.newsflow.enrich.nlp.DocumentNameTagger;
import dev.newsflow.enrich.nlp.features.DocumentContext;
import dev.newsflow.enrich.nlp.features.FeatureExtensions;
import dev.newsflow.enrich.nlp.features.StageOneModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains an OpenNLP name finder for English from annotated sentences.
 *
 * <p>The model finds every entity type present in the training data (person, organization, location and misc for
 * CoNLL-2003) and carries its feature generator descriptor and the resources it names (word clusters), so
 * {@code new NameFinderME(model)} needs nothing else at run time.
 */
public final class NerTrainer {

    /** The language code written into every model. */
    public static final String LANGUAGE = "en";

    private NerTrainer() {}

    /**
     * Trains a model on the sentences of the given files, read by {@link NameSampleFiles#read(List)}.
     *
     * @param resources the resources the feature generator descriptor names, by name (e.g. word clusters)
     * @throws IOException if a file cannot be read or is malformed
     * @throws IllegalArgumentException if the files hold no sentences
     */
    public static TokenNameFinderModel train(
            List<Path> trainFiles, NerTrainingParameters parameters, Map<String, Object> resources) throws IOException {
        return trainOnSamples(NameSampleFiles.read(trainFiles), parameters, resources);
    }

    /** Trains without resources: the feature generator descriptor must not name any. */
    public static TokenNameFinderModel train(List<Path> trainFiles, NerTrainingParameters parameters)
            throws IOException {
        return train(trainFiles, parameters, Map.of());
    }

    /**
     * Trains a model on the given sentences, clearing adaptive data before each one that starts a document.
     *
     * @throws IllegalArgumentException if there are no sentences
     */
    public static TokenNameFinderModel trainOnSamples(
            List<NameSample> samples, NerTrainingParameters parameters, Map<String, Object> resources)
            throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        TokenNameFinderFactory factory = factory(parameters, resources);
        // A null type keeps each sample's own entity types instead of relabelling them all as one type.
        return NameFinderME.train(
                LANGUAGE,
                null,
                ObjectStreamUtils.createObjectStream(samples),
                parameters.toOpenNlpParameters(),
                factory);
    }

    /**
     * Trains {@code orders} models on the same sentences, the first in the given document order and each other in a
     * different shuffled order (fixed seeds, so the result is reproducible), and returns one model whose perceptron
     * weights are their average ({@link PerceptronAverage}). Needs the perceptron.
     *
     * @throws IllegalArgumentException if {@code orders} is below 1 or the algorithm is not the perceptron
     */
    public static TokenNameFinderModel trainAveraged(
            List<NameSample> samples,
            NerTrainingParameters parameters,
            Map<String, Object> resources,
            int orders,
            int threads)
            throws IOException {
        return trainAveraged(samples, parameters, resources, orders, threads, List.of(FeatureGroup.NONE));
    }

    /**
     * As {@link #trainAveraged(List, NerTrainingParameters, Map, int, int)}, but the perceptron of order {@code k}
     * is trained without the features of {@code leftOut.get(k % leftOut.size())} (feature bagging, see {@link
     * FeatureGroup}). The model scores with every feature of the parameters' descriptor.
     *
     * @throws IllegalArgumentException if {@code orders} is below 1, the algorithm is not the perceptron,
     *     {@code leftOut} is empty, or the descriptor lacks one of its groups
     */
    public static TokenNameFinderModel trainAveraged(
            List<NameSample> samples,
            NerTrainingParameters parameters,
            Map<String, Object> resources,
            int orders,
            int threads,
            List<FeatureGroup> leftOut)
            throws IOException {
        requirePerceptrons(parameters, orders, leftOut);
        List<List<NameSample>> documents = documents(samples);
        List<Callable<TokenNameFinderModel>> trainings = new ArrayList<>();
        for (int order = 0; order < orders; order++) {
            List<NameSample> ordered = order == 0 ? samples : shuffled(documents, order);
            NerTrainingParameters bagged = bagged(parameters, leftOut, order);
            trainings.add(() -> trainOnSamples(ordered, bagged, resources));
        }
        // summed in order as they finish, so that only the models in training are in memory, not all of them
        PerceptronAverage average = new PerceptronAverage();
        inParallel(trainings, threads, model -> average.add((PerceptronModel) model.getArtifact(MODEL_ENTRY)));
        return model(average.average(), parameters, resources, averagedManifest(orders, leftOut));
    }

    /** The manifest entries of a model averaged over {@code orders} perceptrons, which left out {@code leftOut}. */
    private static Map<String, String> averagedManifest(int orders, List<FeatureGroup> leftOut) {
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("newsflow-averaged-orders", "" + orders);
        if (!leftOut.equals(List.of(FeatureGroup.NONE))) {
            manifest.put(
                    "newsflow-feature-bagging",
                    leftOut.stream().map(FeatureGroup::toString).collect(Collectors.joining(",")));
        }
        return manifest;
    }

    /** The parameters of the perceptron of order {@code order}: without its group of {@code leftOut}. */
    private static NerTrainingParameters bagged(
            NerTrainingParameters parameters, List<FeatureGroup> leftOut, int order) {
        return parameters.withFeatureGeneratorXml(
                leftOut.get(order % leftOut.size()).removeFrom(parameters.featureGeneratorXml()));
    }

    /**
     * @throws IllegalArgumentException unless the algorithm is the perceptron, there is at least one order and a
     *     group to leave out per order ({@link FeatureGroup#NONE} for all features)
     */
    private static void requirePerceptrons(NerTrainingParameters parameters, int orders, List<FeatureGroup> leftOut) {
        if (orders < 1) {
            throw new IllegalArgumentException("orders must be at least 1: " + orders);
        }
        if (!NerTrainingParameters.PERCEPTRON.equals(parameters.algorithm())) {
            throw new IllegalArgumentException("only perceptron models can be averaged, not " + parameters.algorithm());
        }
        if (leftOut.isEmpty()) {
            throw new IllegalArgumentException("leftOut needs a group per order in turn, NONE for all features");
        }
    }

    /** A name finder model of the given weights, with the parameters' feature generators and the resources. */
    private static TokenNameFinderModel model(
            PerceptronModel weights,
            NerTrainingParameters parameters,
            Map<String, Object> resources,
            Map<String, String> manifest)
            throws IOException {
        return new TokenNameFinderModel(
                LANGUAGE,
                weights,
                NameFinderME.DEFAULT_BEAM_SIZE,
                parameters.featureGeneratorXml().getBytes(StandardCharsets.UTF_8),
                resources,
                manifest,
                new BioCodec(),
                factory(parameters, resources));
    }

    /**
     * Trains {@code orders} perceptrons on target and auxiliary sentences together, with every feature also copied
     * under its sentence's corpus ({@link DomainAugmentedEvents}), and returns one model of the plain features whose
     * weights are the mean of the models' target weights. Each model sees the documents of both corpora in one shuffled
     * order (seeds 0 to {@code orders - 1}), documents as the sentences mark them (see {@link
     * NameSampleFiles#readDocumentsOrSentences}).
     *
     * <p>Why: a second corpus annotated by other guidelines (GMB: titles inside person names, nationalities as
     * places) teaches more words and contexts than the target corpus holds, while its differences stay in its own copy
     * of the features instead of blurring the target's conventions.
     *
     * @throws IllegalArgumentException if {@code orders} is below 1, the algorithm is not the perceptron, there are no
     *     target sentences, or the auxiliary sentences have entity types the target ones lack
     */
    public static TokenNameFinderModel trainAugmented(
            List<NameSample> target,
            List<NameSample> auxiliary,
            NerTrainingParameters parameters,
            Map<String, Object> resources,
            int orders,
            int threads)
            throws IOException {
        return trainAugmented(target, auxiliary, parameters, resources, orders, threads, List.of(FeatureGroup.NONE));
    }

    /**
     * As {@link #trainAugmented(List, List, NerTrainingParameters, Map, int, int)}, with feature bagging as in {@link
     * #trainAveraged(List, NerTrainingParameters, Map, int, int, List)}: the perceptron of order {@code k} is trained
     * without the features of {@code leftOut.get(k % leftOut.size())}.
     *
     * @throws IllegalArgumentException as the other overload, and if {@code leftOut} is empty or the descriptor lacks
     *     one of its groups
     */
    public static TokenNameFinderModel trainAugmented(
            List<NameSample> target,
            List<NameSample> auxiliary,
            NerTrainingParameters parameters,
            Map<String, Object> resources,
            int orders,
            int threads,
            List<FeatureGroup> leftOut)
            throws IOException {
        requirePerceptrons(parameters, orders, leftOut);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("no target training sentences");
        }
        Set<String> unknown = types(auxiliary);
        unknown.removeAll(types(target));
        if (!unknown.isEmpty()) {
            // the folded model keeps the plain weights of every outcome: it would find types the target never has
            throw new IllegalArgumentException(
                    "the auxiliary corpus has entity types the target corpus lacks: " + new TreeSet<>(unknown));
        }
        Set<NameSample> auxiliarySet = DomainAugmentedEvents.identitySet(auxiliary);
        List<List<NameSample>> documents = new ArrayList<>(documents(target));
        documents.addAll(documents(auxiliary));
        List<Callable<PerceptronModel>> trainings = new ArrayList<>();
        for (int order = 0; order < orders; order++) {
            List<NameSample> ordered = shuffled(documents, order);
            NerTrainingParameters bagged = bagged(parameters, leftOut, order);
            trainings.add(() -> {
                TokenNameFinderFactory factory = factory(bagged, resources);
                MaxentModel augmented = TrainerFactory.getEventTrainer(parameters.toOpenNlpParameters(), null)
                        .train(new DomainAugmentedEvents(
                                ObjectStreamUtils.createObjectStream(ordered),
                                auxiliarySet,
                                factory.createContextGenerator(),
                                factory.createSequenceCodec()));
                return DomainAugmentedEvents.targetModel((PerceptronModel) augmented);
            });
        }
        PerceptronAverage average = new PerceptronAverage();
        inParallel(trainings, threads, average::add);
        Map<String, String> manifest = averagedManifest(orders, leftOut);
        manifest.put("newsflow-auxiliary-sentences", "" + auxiliary.size());
        return model(average.average(), parameters, resources, manifest);
    }

    /** The entity types the sentences' names have. */
    private static Set<String> types(List<NameSample> samples) {
        Set<String> types = new HashSet<>();
        samples.forEach(sample -> Arrays.stream(sample.getNames()).forEach(name -> types.add(name.getType())));
        return types;
    }

    /** The name finder factory for the parameters' feature generator descriptor and the resources it names. */
    private static TokenNameFinderFactory factory(NerTrainingParameters parameters, Map<String, Object> resources)
            throws IOException {
        FeatureExtensions.allow();
        return TokenNameFinderFactory.create(
                null, parameters.featureGeneratorXml().getBytes(StandardCharsets.UTF_8), resources, new BioCodec());
    }

    /** OpenNLP's name for the name finder's classifier inside a model. */
    private static final String MODEL_ENTRY = "nameFinder.model";

    /** The documents' sentences with the documents in a random order drawn from the seed. */
    static List<NameSample> shuffled(List<List<NameSample>> documents, long seed) {
        List<List<NameSample>> order = new ArrayList<>(documents);
        Collections.shuffle(order, new Random(seed));
        List<NameSample> sentences = new ArrayList<>();
        order.forEach(sentences::addAll);
        return sentences;
    }

    /**
     * Trains a stacked (two-stage) model. The first stage is trained with {@code stageOne} on all the sentences; the
     * second with {@code stageTwo}, whose descriptor must declare the first stage ({@link
     * NerTrainingParameters#STAGE_ONE_FEATURES}), on the same sentences with {@link DocumentContext} features computed
     * from first-stage names that were produced by {@code folds}-fold cross-validation over documents, so that the
     * second stage learns from the kind of errors the first stage makes on unseen text. The returned model carries the
     * first stage inside it ({@link StageOneModel}).
     */
    public static TokenNameFinderModel trainStacked(
            List<NameSample> samples,
            NerTrainingParameters stageOne,
            NerTrainingParameters stageTwo,
            Map<String, Object> resources,
            int folds,
            int threads)
            throws IOException {
        List<List<NameSample>> documents = documents(samples);
        List<Callable<Object>> folded = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            folded.add(() -> {
                List<NameSample> training = new ArrayList<>();
                List<List<NameSample>> held = new ArrayList<>();
                for (int d = 0; d < documents.size(); d++) {
                    if (d % folds == fold) {
                        held.add(documents.get(d));
                    } else {
                        training.addAll(documents.get(d));
                    }
                }
                return withContext(trainOnSamples(training, stageOne, resources), held);
            });
        }
        List<Callable<Object>> jobs = new ArrayList<>(folded);
        jobs.add(() -> trainOnSamples(samples, stageOne, resources));
        List<Object> done = new ArrayList<>();
        inParallel(jobs, threads, done::add);
        TokenNameFinderModel full = (TokenNameFinderModel) done.get(folds);
        // put the held-out documents back in their original order
        List<List<NameSample>> byDocument = new ArrayList<>(Collections.nCopies(documents.size(), null));
        for (int f = 0; f < folds; f++) {
            @SuppressWarnings("unchecked")
            List<NameSample> part = (List<NameSample>) done.get(f);
            int d = f;
            int i = 0;
            while (i < part.size()) {
                int size = documents.get(d).size();
                byDocument.set(d, part.subList(i, i + size));
                i += size;
                d += folds;
            }
        }
        List<NameSample> stacked = new ArrayList<>(samples.size());
        byDocument.forEach(stacked::addAll);
        Map<String, Object> withStageOne = new HashMap<>(resources);
        withStageOne.put(StageOneModel.RESOURCE, StageOneModel.of(full));
        return trainOnSamples(stacked, stageTwo, withStageOne);
    }

    /**
     * Runs the jobs on a pool of {@code threads} threads and hands each result to {@code consumer} in the jobs' order,
     * as soon as it and those before it are done, without keeping it; stops at the first failure.
     */
    private static <T> void inParallel(List<Callable<T>> jobs, int threads, java.util.function.Consumer<T> consumer)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> running = new ArrayList<>();
            jobs.forEach(job -> running.add(pool.submit(job)));
            for (int i = 0; i < running.size(); i++) {
                consumer.accept(running.get(i).get());
                running.set(i, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The documents' sentences with the first stage's {@link DocumentContext} as additional context. */
    static List<NameSample> withContext(TokenNameFinderModel stageOne, List<List<NameSample>> documents) {
        NameFinderME finder = new NameFinderME(stageOne);
        List<NameSample> result = new ArrayList<>();
        for (List<NameSample> document : documents) {
            List<String[]> sentences =
                    document.stream().map(NameSample::getSentence).toList();
            List<String[][]> contexts = DocumentContext.of(sentences, DocumentNameTagger.tag(finder, sentences, null));
            for (int i = 0; i < document.size(); i++) {
                NameSample sample = document.get(i);
                result.add(new NameSample(
                        sample.getId(),
                        sample.getSentence(),
                        sample.getNames(),
                        contexts.get(i),
                        sample.isClearAdaptiveDataSet()));
            }
        }
        return result;
    }

    /** Splits sentences into documents: a new one starts at the first sentence and at each that clears adaptive data. */
    static List<List<NameSample>> documents(List<NameSample> samples) {
        List<List<NameSample>> documents = new ArrayList<>();
        List<NameSample> current = null;
        for (NameSample sample : samples) {
            if (current == null || sample.isClearAdaptiveDataSet()) {
                current = new ArrayList<>();
                documents.add(current);
            }
            current.add(sample);
        }
        return documents;
    }
}
