package dev.newsflow.enrich.nlp.features;

import opennlp.tools.util.ext.ExtensionLoader;

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
}
