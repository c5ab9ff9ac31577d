package dev.newsflow.enrich.nlp.features;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word-cluster lexicon (for example Brown clusters) that a name finder model carries inside its {@code .bin}:
 * lower-cased word to one or more cluster ids, shortest first. Lookups lower-case the token, so "LONDON", "London" and
 * "london" share their clusters.
 *
 * <p>Stored in the model as UTF-8 text, one word a line: {@code word TAB cluster [SPACE cluster]...}. Immutable and
 * thread-safe once built.
 */
public final class WordClusters implements SerializableArtifact {

    private static final String[] NONE = new String[0];

    private final Map<String, String[]> clusters;

    private WordClusters(Map<String, String[]> clusters) {
        this.clusters = clusters;
    }

    /** Returns the cluster ids of the token, shortest first; none if the word is unknown. */
    public String[] lookup(String token) {
        return clusters.getOrDefault(token.toLowerCase(Locale.ROOT), NONE);
    }

    /** How many words the lexicon holds. */
    public int size() {
        return clusters.size();
    }

    /**
     * Reads a lexicon file: nlp4j's Java-serialized {@code HashMap<String, Set<String>>} (for example
     * {@code en-brown-clusters-simplified-lowercase.xz} after {@code xz -d}), or this class's text format, optionally
     * gzipped. Deserialization admits only {@code java.util} collections and strings.
     */
    public static WordClusters read(Path file) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 2) < 2) {
                throw new InvalidFormatException(file + " is empty");
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            if ((head[0] & 0xff) == 0xac && (head[1] & 0xff) == 0xed) {
                return fromSerializedMap(in, file.toString());
            }
            if ((head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return fromText(new GZIPInputStream(in));
            }
            if ((head[0] & 0xff) == 0xfd && head[1] == '7') {
                throw new InvalidFormatException(
                        file + " is xz-compressed; decompress it first: xz -dk " + file.getFileName());
            }
            return fromText(in);
        }
    }

    static WordClusters fromSerializedMap(InputStream in, String source) throws IOException {
        Object read = SerializedLexicon.read(in, source, "a word-cluster map", Set.of());
        if (!(read instanceof Map<?, ?> map)) {
            throw new InvalidFormatException(
                    source + " holds " + read.getClass().getName() + ", not a map");
        }
        Map<String, String[]> clusters = new HashMap<>(map.size() * 2);
        Map<String, String> interned = new HashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String word) || !(entry.getValue() instanceof Collection<?> ids)) {
                throw new InvalidFormatException(source + ": expected String keys and collections of String");
            }
            String[] sorted = ids.stream()
                    .map(String::valueOf)
                    .map(id -> interned.computeIfAbsent(id, k -> k))
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .toArray(String[]::new);
            clusters.merge(word.toLowerCase(Locale.ROOT), sorted, (a, b) -> a);
        }
        return new WordClusters(clusters);
    }

    static WordClusters fromText(InputStream in) throws IOException {
        Map<String, String[]> clusters = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String[] ids = line.substring(tab + 1).split(" ");
            for (int i = 0; i < ids.length; i++) {
                ids[i] = interned.computeIfAbsent(ids[i], k -> k);
            }
            clusters.put(line.substring(0, tab), ids);
        }
        return new WordClusters(clusters);
    }

    /** Writes the text format without closing the stream, which belongs to the model's zip writer. */
    void write(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // sorted, so that the same lexicon always gives the same bytes
        for (Map.Entry<String, String[]> entry : new TreeMap<>(clusters).entrySet()) {
            writer.write(entry.getKey());
            writer.write('\t');
            writer.write(String.join(" ", entry.getValue()));
            writer.write('\n');
        }
        writer.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    @Override
    public String toString() {
        return "WordClusters[" + clusters.size() + " words, e.g. london=" + Arrays.toString(lookup("london")) + "]";
    }

    /** Reads and writes {@link WordClusters} inside a model; OpenNLP instantiates it by name when loading. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {

        @Override
        public WordClusters create(InputStream in) throws IOException {
            // the zip entry's stream: read it to the end, do not close it
            return fromText(new NonClosingInputStream(in));
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }

    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
