package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.features.FeatureExtensions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Every model enrich uses, loaded once from the classpath and shared by all stream threads (OpenNLP models are
 * immutable; the tools built on them are not, see {@link ArticleAnalyzer}).
 *
 * <p>The sentence, token and language models come from Apache OpenNLP's model jars on Maven Central; the name
 * finder and the topic classifier are newsflow's own, trained by {@code newsflow train} and shipped with a
 * provenance file beside them. The name finder carries its word clusters and gazetteers inside its {@code .bin} and uses
 * feature generators from {@code dev.newsflow.enrich.nlp.features}, which loading allows first
 * ({@link FeatureExtensions}).
 */
public final class NlpModels {

    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGUAGES = "langdetect-183.bin";
    static final String NAMES = "dev/newsflow/enrich/models/ner-conll03-en.bin";
    static final String TOPICS = "dev/newsflow/enrich/models/topics-bbc-en.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final LanguageDetectorModel languages;
    final TokenNameFinderModel names;
    final DoccatModel topics;
    private final Map<String, String> versions;

    private NlpModels(
            SentenceModel sentences,
            TokenizerModel tokens,
            LanguageDetectorModel languages,
            TokenNameFinderModel names,
            DoccatModel topics,
            Map<String, String> versions) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.languages = languages;
        this.names = names;
        this.topics = topics;
        this.versions = Map.copyOf(versions);
    }

    /** Loads the shipped models; takes a few seconds, so do it once per process. */
    public static NlpModels load() {
        FeatureExtensions.allow();
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            SentenceModel sentences = new SentenceModel(resource(SENTENCES, "sentences", versions));
            TokenizerModel tokens = withPlainWordsKeptWhole(new TokenizerModel(resource(TOKENS, "tokens", versions)));
            LanguageDetectorModel languages = new LanguageDetectorModel(resource(LANGUAGES, "language", versions));
            TokenNameFinderModel names = new SharingNameFinderModel(resource(NAMES, "ner", versions));
            DoccatModel topics = new DoccatModel(resource(TOPICS, "topics", versions));
            return new NlpModels(sentences, tokens, languages, names, topics, versions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP models", e);
        }
    }

    /** A run of letters only or of digits only: one token, whatever the tokenizer model would say. */
    static final String PLAIN_WORD = "^(?:[A-Za-z]+|[0-9]+)$";

    /**
     * The same tokenizer, told to keep {@link #PLAIN_WORD}s whole instead of asking the model about every character
     * in them (OpenNLP's alphanumeric optimization, which the UD model leaves off). Four times faster, and it only ever
     * keeps words whole that the model cut in two: "BaFin", "MacWorld", "HSDPA" ("HSD PA") in BBC News. Numbers with
     * units ("60m", "3bn") are not plain and are still split as before, as the money rules expect.
     */
    static TokenizerModel withPlainWordsKeptWhole(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(
                model.getMaxentModel(),
                Map.of(),
                new TokenizerFactory(
                        factory.getLanguageCode(),
                        factory.getAbbreviationDictionary(),
                        true,
                        Pattern.compile(PLAIN_WORD)));
    }

    /**
     * Opens a model on the classpath and records its version as the file name and the first 12 hex digits of its
     * SHA-256, so that every record names exactly which model produced it.
     */
    private static InputStream resource(String path, String role, Map<String, String> versions) throws IOException {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("model " + path + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.bin$", "");
            versions.put(role, name + "@" + sha256(bytes).substring(0, 12));
            return new java.io.ByteArrayInputStream(bytes);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Loads a name finder model from a file, e.g. one just trained by {@code newsflow train ner}; like {@link #load()}
     * it first allows OpenNLP to instantiate newsflow's feature generators named in the model.
     */
    public static TokenNameFinderModel loadNameFinder(Path file) throws IOException {
        FeatureExtensions.allow();
        return new SharingNameFinderModel(file);
    }

    /** Loads a name finder model from a stream (read to its end, not closed); see {@link #loadNameFinder(Path)}. */
    public static TokenNameFinderModel loadNameFinder(InputStream in) throws IOException {
        FeatureExtensions.allow();
        return new SharingNameFinderModel(in);
    }

    /** The shipped name finder model, e.g. for {@code newsflow eval ner}. */
    public TokenNameFinderModel nameFinder() {
        return names;
    }

    /** The shipped topic model, e.g. for {@code newsflow eval topics}. */
    public DoccatModel topicCategorizer() {
        return topics;
    }

    /** Model role ({@code ner}, {@code topics}, ...) to model name and content hash. */
    public Map<String, String> versions() {
        return versions;
    }
}
