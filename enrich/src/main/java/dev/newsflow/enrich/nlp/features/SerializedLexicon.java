package dev.newsflow.enrich.nlp.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;

/**
 * Reads a Java-serialized lexicon of nlp4j-english (word clusters, gazetteers) at training time. Java deserialization
 * runs code of whatever classes a stream names, so only {@code java.util} maps and collections, strings and the
 * classes the caller names are admitted; anything else fails with an {@link InvalidFormatException}.
 */
final class SerializedLexicon {

    private SerializedLexicon() {}

    /**
     * @param what what the file should hold, for the error message
     * @param alsoAllowed names of further classes to admit
     */
    static Object read(InputStream in, String source, String what, Set<String> alsoAllowed) throws IOException {
        ObjectInputFilter filter = info -> {
            Class<?> type = info.serialClass();
            while (type != null && type.isArray()) {
                // HashMap checks its table as an array of Map.Entry
                type = type.getComponentType();
            }
            if (type == null) {
                return info.references() > 50_000_000L
                        ? ObjectInputFilter.Status.REJECTED
                        : ObjectInputFilter.Status.UNDECIDED;
            }
            boolean allowed = type == String.class
                    || type == Map.Entry.class
                    || alsoAllowed.contains(type.getName())
                    || (type.getName().startsWith("java.util.")
                            && (Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)));
            return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        };
        try (ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(filter);
            return objects.readObject();
        } catch (ClassNotFoundException | java.io.InvalidClassException e) {
            throw new InvalidFormatException(source + " is not " + what + ": " + e.getMessage(), e);
        }
    }
}
