package dev.newsflow.enrich.nlp.features;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;

/**
 * OpenNLP instantiates feature generator factories and artifact serializers named in a model only from allowed
 * packages ({@code opennlp.} plus those listed in the system property {@code OPENNLP_EXT_ALLOWED_PACKAGES}). Every
 * path that trains or loads a name finder model calls {@link #allow()} first, so that models using newsflow's features
 * load without any command-line flag.
 */
public final class FeatureExtensions {

    /** The one package whose classes newsflow's models may name. */
    public static final String PACKAGE = FeatureExtensions.class.getPackageName();

    private FeatureExtensions() {}

    /** Allows OpenNLP to load this package's classes; idempotent and thread-safe. */
    public static void allow() {
        ExtensionLoader.registerAllowedPackage(PACKAGE);
    }

    /**
     * The model resource a feature generator descriptor names, which must be of the given type ({@code what} says
     * which, for the error: "a WordClusters lexicon").
     */
    static <T> T resource(FeatureGeneratorResourceProvider resources, String name, Class<T> type, String what)
            throws InvalidFormatException {
        Object resource = resources.getResource(name);
        if (!type.isInstance(resource)) {
            throw new InvalidFormatException("resource " + name + " is not " + what + ": " + resource);
        }
        return type.cast(resource);
    }
}
