package dev.newsflow.enrich.nlp.features;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Named lists of phrases (countries, cities, person titles, ...) that a name finder model carries inside its {@code
 * .bin}, matched case-insensitively against whitespace-separated tokens.
 *
 * <p>Stored as UTF-8 text, one phrase a line: {@code list TAB phrase}, sorted. Immutable and thread-safe once built.
 */
public final class Gazetteers implements SerializableArtifact {

    /** A match of one list: tokens {@code [start, end)} of a sentence. */
    record Match(String list, int start, int end) {}

    private final Map<String, Set<String>> lists;
    /** Lower-cased phrase to the lists holding it. */
    private final Map<String, List<String>> index = new HashMap<>();
    /** Lower-cased first token to the longest phrase length starting with it. */
    private final Map<String, Integer> longest = new HashMap<>();

    private Gazetteers(Map<String, Set<String>> lists) {
        this.lists = lists;
        for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
            for (String phrase : list.getValue()) {
                String key = phrase.toLowerCase(Locale.ROOT);
                List<String> names = index.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!names.contains(list.getKey())) {
                    names.add(list.getKey());
                }
                String[] tokens = key.split(" ");
                longest.merge(tokens[0], tokens.length, Math::max);
            }
        }
    }

    /** The number of phrases in each list, by list name. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        lists.forEach((name, phrases) -> sizes.put(name, phrases.size()));
        return sizes;
    }

    /**
     * Every match of every list in the sentence, longest first for each start token. A phrase matches only where its
     * first and last tokens do not begin with a lower-case letter, except in lists whose name ends with {@code title}
     * or {@code suffix}, so that city names such as "Of" or "Split" do not fire on ordinary words.
     */
    List<Match> find(String[] tokens) {
        List<Match> matches = new ArrayList<>();
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        for (int start = 0; start < tokens.length; start++) {
            Integer max = longest.get(lower[start]);
            if (max == null) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            List<String> seen = new ArrayList<>();
            List<Match> found = new ArrayList<>();
            for (int end = start + 1; end <= Math.min(tokens.length, start + max); end++) {
                if (end > start + 1) {
                    key.append(' ');
                }
                key.append(lower[end - 1]);
                List<String> names = index.get(key.toString());
                if (names == null) {
                    continue;
                }
                boolean capitalised = !startsLowerCase(tokens[start]) && !startsLowerCase(tokens[end - 1]);
                for (String name : names) {
                    if (capitalised || name.endsWith("title") || name.endsWith("suffix")) {
                        found.add(new Match(name, start, end));
                    }
                }
            }
            // longest match of each list only
            for (int i = found.size() - 1; i >= 0; i--) {
                if (!seen.contains(found.get(i).list())) {
                    seen.add(found.get(i).list());
                    matches.add(found.get(i));
                }
            }
        }
        return matches;
    }

    private static boolean startsLowerCase(String token) {
        return !token.isEmpty() && Character.isLowerCase(token.codePointAt(0));
    }

    /** Reads {@code list TAB phrase} lines; blank lines and lines starting with # are skipped. */
    public static Gazetteers read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromText(in);
        }
    }

    static Gazetteers fromText(InputStream in) throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.startsWith("#")) {
                continue;
            }
            String phrase = line.substring(tab + 1).trim().replaceAll("\\s+", " ");
            if (!phrase.isEmpty()) {
                lists.computeIfAbsent(line.substring(0, tab), k -> new TreeSet<>())
                        .add(phrase);
            }
        }
        return new Gazetteers(lists);
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
            for (String phrase : list.getValue()) {
                writer.write(list.getKey());
                writer.write('\t');
                writer.write(phrase);
                writer.write('\n');
            }
        }
        writer.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    @Override
    public String toString() {
        return "Gazetteers" + sizes();
    }

    /** Reads and writes {@link Gazetteers} inside a model; OpenNLP instantiates it by name when loading. */
    public static final class Serializer implements ArtifactSerializer<Gazetteers> {

        @Override
        public Gazetteers create(InputStream in) throws IOException {
            return fromText(new FilterInputStream(in) {
                @Override
                public void close() {}
            });
        }

        @Override
        public void serialize(Gazetteers artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
