package dev.newsflow.enrich.training;

import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.TrainingParameters;

/**
 * How {@link NerTrainer} trains a name finder.
 *
 * @param algorithm the OpenNLP event trainer: {@value #MAXENT}, {@value #MAXENT_QN} or {@value #PERCEPTRON}
 * @param iterations training iterations, at least 1
 * @param cutoff features seen fewer times than this in the training data are dropped, so 0 and 1 keep all
 * @param featureGeneratorXml an OpenNLP feature generator descriptor (XML); it is stored in the model
 */
public record NerTrainingParameters(String algorithm, int iterations, int cutoff, String featureGeneratorXml) {

    public static final String MAXENT = "MAXENT";
    public static final String MAXENT_QN = "MAXENT_QN";
    public static final String PERCEPTRON = "PERCEPTRON";

    /**
     * OpenNLP's own default name-finder features ({@code ner-default-features.xml} in opennlp-tools 2.5): token class
     * and lower-cased token in a window of two tokens either side, token-class bigrams, the outcome previously given to
     * the same token in the document, and a sentence-begin flag.
     */
    public static final String OPENNLP_DEFAULT_FEATURES =
            """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
            </featureGenerators>
            """;

    /**
     * {@link #OPENNLP_DEFAULT_FEATURES} plus the current token's prefixes and suffixes of up to four characters, which
     * recognise names by their morphology (-ski, -shire, Mc-) when the token itself was never seen in training. Still
     * local: no gazetteers, clusters or other resources.
     */
    public static final String DEFAULT_FEATURES_WITH_AFFIXES = OPENNLP_DEFAULT_FEATURES.replace(
            "</featureGenerators>",
            """
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                <int name="length">4</int>
              </generator>
            </featureGenerators>
            """);

    /** The model resource name under which {@link #CLUSTER_FEATURES} expects the Brown clusters. */
    public static final String BROWN_CLUSTERS = "nlp4j-brown.clusters";

    /**
     * {@link #DEFAULT_FEATURES_WITH_AFFIXES} plus Brown word-cluster features from the resource {@value
     * #BROWN_CLUSTERS} (a {@link dev.newsflow.enrich.nlp.features.WordClusters}, looked up case-insensitively): the
     * cluster path prefixes of the tokens in a window of ±2, the same joined with the token class in a window of ±2,
     * and the prefixes of neighbouring tokens as pairs. Clusters generalise from the training names to words of the
     * same distribution that training never saw.
     */
    public static final String CLUSTER_FEATURES = DEFAULT_FEATURES_WITH_AFFIXES.replace(
            "</featureGenerators>",
            """
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="dev.newsflow.enrich.nlp.features.WordClusterFeatureGeneratorFactory">
                  <str name="dict">nlp4j-brown.clusters</str>
                  <str name="name">brown</str>
                  <str name="kind">token</str>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="dev.newsflow.enrich.nlp.features.WordClusterFeatureGeneratorFactory">
                  <str name="dict">nlp4j-brown.clusters</str>
                  <str name="name">brown</str>
                  <str name="kind">token_class</str>
                </generator>
              </generator>
              <generator class="dev.newsflow.enrich.nlp.features.WordClusterFeatureGeneratorFactory">
                <str name="dict">nlp4j-brown.clusters</str>
                <str name="name">brown</str>
                <str name="kind">bigram</str>
              </generator>
            </featureGenerators>
            """);

    /** The model resource name under which {@link #GAZETTEER_FEATURES} expects the gazetteers. */
    public static final String GAZETTEERS = dev.newsflow.enrich.nlp.features.Gazetteers.RESOURCE;

    /**
     * {@link #CLUSTER_FEATURES} plus gazetteer features of the current token, one feature name per list (see {@link
     * dev.newsflow.enrich.nlp.features.Gazetteers}), from the resource {@value #GAZETTEERS}.
     */
    public static final String GAZETTEER_FEATURES = CLUSTER_FEATURES.replace(
            "</featureGenerators>",
            """
              <generator class="dev.newsflow.enrich.nlp.features.GazetteerFeatureGeneratorFactory">
                <str name="dict">newsflow.gazetteers</str>
              </generator>
            </featureGenerators>
            """);

    /**
     * {@link #GAZETTEER_FEATURES} plus the document's kind joined with every capitalised word and its Brown clusters
     * ({@code sport,w=milan}; see {@link dev.newsflow.enrich.nlp.features.DocumentGenreFeatureGenerator}), told by
     * the three word lists below, which the descriptor carries into the model.
     */
    public static final String GENRE_FEATURES = GAZETTEER_FEATURES.replace(
            "</featureGenerators>",
            """
              <generator class="dev.newsflow.enrich.nlp.features.DocumentGenreFeatureGeneratorFactory">
                <str name="dict">nlp4j-brown.clusters</str>
                <str name="sport">soccer football cricket tennis golf rugby basketball baseball hockey athletics
                  cycling boxing yachting skiing swimming nba nfl nhl olympic olympics league cup championship
                  championships tournament match matches innings wicket wickets goal goals striker midfielder defender
                  goalkeeper coach seeded semifinal semi-final quarter-final quarterfinal standings scorers</str>
                <str name="business">shares profit percent market markets prices bank trading index stocks bonds
                  company revenue earnings dollar investors net sales analysts exchange tonnes futures yen rates
                  inflation economy</str>
                <str name="politics">minister government president election party parliament police troops rebels
                  talks opposition army killed officials military prime leader vote peace war court embassy guerrillas
                  ministry</str>
              </generator>
            </featureGenerators>
            """);

    /**
     * Returns the descriptor with a declaration that the model carries a first-stage model (resource {@value
     * dev.newsflow.enrich.nlp.features.StageOneModel#RESOURCE}) whose names feed the document-level features; see
     * {@link NerTrainer#trainStacked}.
     */
    public static String withStageOne(String featureGeneratorXml) {
        return featureGeneratorXml.replace(
                "</featureGenerators>",
                """
                  <generator class="dev.newsflow.enrich.nlp.features.StageOneFeatureGeneratorFactory">
                    <str name="model">newsflow.stage1</str>
                  </generator>
                </featureGenerators>
                """);
    }

    private static final Set<String> ALGORITHMS = Set.of(MAXENT, MAXENT_QN, PERCEPTRON);

    public NerTrainingParameters {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(featureGeneratorXml, "featureGeneratorXml");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS + ": " + algorithm);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
        }
        if (featureGeneratorXml.isBlank()) {
            throw new IllegalArgumentException("featureGeneratorXml must not be blank");
        }
    }

    /**
     * Returns the parameters the shipped CoNLL-2003 model was trained with: perceptron, at most 100 iterations
     * (it stops by itself once training accuracy settles), every feature kept, and {@link #CLUSTER_FEATURES}, which
     * need the Brown clusters as the resource {@value #BROWN_CLUSTERS}. On eng.testa the clusters add about 1.9 F1
     * points to {@link #DEFAULT_FEATURES_WITH_AFFIXES} (0.9052 to 0.9243).
     */
    public static NerTrainingParameters defaults() {
        return new NerTrainingParameters(PERCEPTRON, 100, 0, CLUSTER_FEATURES);
    }

    public NerTrainingParameters withAlgorithm(String algorithm) {
        return new NerTrainingParameters(algorithm, iterations, cutoff, featureGeneratorXml);
    }

    public NerTrainingParameters withIterations(int iterations) {
        return new NerTrainingParameters(algorithm, iterations, cutoff, featureGeneratorXml);
    }

    public NerTrainingParameters withCutoff(int cutoff) {
        return new NerTrainingParameters(algorithm, iterations, cutoff, featureGeneratorXml);
    }

    public NerTrainingParameters withFeatureGeneratorXml(String featureGeneratorXml) {
        return new NerTrainingParameters(algorithm, iterations, cutoff, featureGeneratorXml);
    }

    TrainingParameters toOpenNlpParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return parameters;
    }
}
