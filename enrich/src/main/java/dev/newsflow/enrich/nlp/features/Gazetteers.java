package dev.newsflow.enrich.nlp.features;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Named lists of phrases (countries, cities, people, organizations, works, ...) that a name finder model carries inside
 * its {@code .bin}, matched case-insensitively against whitespace-separated tokens.
 *
 * <p>Stored as UTF-8 text, one phrase a line: {@code list TAB phrase}. The lists can hold millions of phrases (the
 * Wikipedia-derived lists hold 1,654,496 entries of 1,590,123 distinct phrases), so in memory a phrase is only its
 * 64-bit hash, sorted, with a bit set of the lists that hold it, and a directory into the sorted hashes: about 17
 * bytes a phrase, plus the gzip-compressed text kept so that a model can be written again (about 28 bytes a phrase
 * in all, against some 300 in hash maps of strings). Two different phrases would be confused only if their 64-bit
 * hashes collided, which for 1.6 million phrases has a probability of about 10<sup>-7</sup>. Immutable and
 * thread-safe.
 */
public final class Gazetteers implements SerializableArtifact {

    /** The model resource name under which a name finder carries its gazetteers. */
    public static final String RESOURCE = "newsflow.gazetteers";

    /** The list of country names in the shipped model's gazetteers (nlp4j's list 1). */
    public static final String COUNTRIES = "wiki.country";

    /** The list of nationalities and peoples' adjectives ("Greek", "Kurdish") among the model's gazetteers. */
    public static final String NATIONALITIES = "wiki.nationality";

    /** The list of people's names (Wikipedia's titles of articles about people: "Neil Jordan"). */
    public static final String PERSONS = "wiki.person";

    /** The list of states and provinces among the model's gazetteers ("Texas", "Ontario"). */
    public static final String STATES = "wiki.state";

    /** The list of given names and surnames ("Meaghan", "Attenborough"). */
    public static final String GIVEN_AND_SURNAMES = "wiki.name";

    /** A match of one list: tokens {@code [start, end)} of a sentence. */
    record Match(String list, int start, int end) {}

    private static final int MAX_LISTS = 32;

    /** The list names, sorted; bit {@code i} of a phrase's list set stands for {@code names[i]}. */
    private final String[] names;
    /** The lists whose phrases match lower-case tokens too (person titles and suffixes), as a bit set. */
    private final int anyCase;

    private final Map<String, Integer> sizes;
    /** Phrase hash to the bit set of the lists holding the phrase. */
    private final HashIndex phrases;
    /** First-token hash to the number of tokens of the longest phrase starting with it. */
    private final HashIndex longest;

    private final byte[] gzippedText;

    private Gazetteers(
            String[] names, Map<String, Integer> sizes, HashIndex phrases, HashIndex longest, byte[] gzippedText) {
        this.names = names;
        this.sizes = sizes;
        this.phrases = phrases;
        this.longest = longest;
        this.gzippedText = gzippedText;
        int bits = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].endsWith("title") || names[i].endsWith("suffix")) {
                bits |= 1 << i;
            }
        }
        this.anyCase = bits;
    }

    /** Whether the list holds the phrase (whitespace-separated tokens), matched case-insensitively. */
    public boolean contains(String list, String phrase) {
        int bit = Arrays.binarySearch(names, list);
        if (bit < 0) {
            return false;
        }
        String[] tokens = SPACES.split(phrase.strip().toLowerCase(Locale.ROOT));
        long key = TextHash.of(tokens[0]);
        for (int i = 1; i < tokens.length; i++) {
            key = TextHash.append(TextHash.append(key, ' '), tokens[i]);
        }
        return (phrases.get(TextHash.finish(key)) & (1 << bit)) != 0;
    }

    /** The number of phrases in each list, by list name. */
    public Map<String, Integer> sizes() {
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
            long key = TextHash.of(lower[start]);
            int max = longest.get(TextHash.finish(key));
            if (max == 0) {
                continue;
            }
            int seen = 0;
            int last = Math.min(tokens.length, start + max);
            int[] found = new int[last - start];
            for (int end = start + 1; end <= last; end++) {
                if (end > start + 1) {
                    key = TextHash.append(TextHash.append(key, ' '), lower[end - 1]);
                }
                int lists = phrases.get(TextHash.finish(key));
                if (lists != 0 && (startsLowerCase(tokens[start]) || startsLowerCase(tokens[end - 1]))) {
                    lists &= anyCase;
                }
                found[end - start - 1] = lists;
            }
            // longest match of each list only
            for (int i = found.length - 1; i >= 0; i--) {
                int lists = found[i] & ~seen;
                seen |= found[i];
                for (int list = 0; lists != 0; list++, lists >>>= 1) {
                    if ((lists & 1) != 0) {
                        matches.add(new Match(names[list], start, start + i + 1));
                    }
                }
            }
        }
        return matches;
    }

    private static boolean startsLowerCase(String token) {
        return !token.isEmpty() && Character.isLowerCase(token.codePointAt(0));
    }

    /**
     * Reads {@code list TAB phrase} lines (blank lines and lines starting with # are skipped), or nlp4j's serialized
     * named-entity gazetteers ({@link Nlp4jGazetteers}, {@code en-named-entity-gazetteers-simplified.xz} after {@code
     * xz -d}).
     */
    public static Gazetteers read(Path file) throws IOException {
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 2);
        }
        if ((head[0] & 0xff) == 0xfd && head[1] == '7') {
            throw new InvalidFormatException(
                    file + " is xz-compressed; decompress it first: xz -dk " + file.getFileName());
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return (head[0] & 0xff) == 0xac && (head[1] & 0xff) == 0xed
                    ? Nlp4jGazetteers.read(in, file.toString())
                    : fromText(in);
        }
    }

    static Gazetteers fromText(InputStream in) throws IOException {
        List<String> listsSeen = new ArrayList<>();
        Map<String, Integer> sizes = new TreeMap<>();
        // bits by the order lists are first seen here; renumbered by sorted name below
        Map<Long, Integer> phraseLists = new HashMap<>();
        Map<Long, Integer> longestByFirst = new HashMap<>();
        // the hyphen-joined spellings (below), kept apart so that a list's size counts only the phrases as written
        Map<Long, Integer> joinedHyphens = new HashMap<>();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        // the fastest compression level: loading a model compresses the text again, and its size matters little
        try (OutputStream gzip = new GZIPOutputStream(compressed) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.startsWith("#")) {
                    continue;
                }
                String list = line.substring(0, tab);
                String phrase = normaliseSpaces(line.substring(tab + 1));
                if (phrase.isEmpty()) {
                    continue;
                }
                int id = listsSeen.indexOf(list);
                if (id < 0) {
                    if (listsSeen.size() == MAX_LISTS) {
                        throw new InvalidFormatException("at most " + MAX_LISTS + " gazetteer lists: " + list);
                    }
                    id = listsSeen.size();
                    listsSeen.add(list);
                }
                String lower = phrase.toLowerCase(Locale.ROOT);
                if (index(lower, id, phraseLists, longestByFirst)) {
                    sizes.merge(list, 1, Integer::sum);
                }
                // nlp4j's lists split hyphens off ("wal - mart"), CoNLL and SentenceSplitter keep a hyphenated word
                // whole ("Wal-Mart"): the phrase is indexed as written and with its hyphens joined
                if (lower.contains(SPLIT_HYPHEN)) {
                    index(lower.replace(SPLIT_HYPHEN, "-"), id, joinedHyphens, longestByFirst);
                }
                gzip.write((list + '\t' + phrase + '\n').getBytes(StandardCharsets.UTF_8));
            }
        }
        String[] names = listsSeen.stream().sorted().toArray(String[]::new);
        int[] bitOf = new int[listsSeen.size()];
        for (int id = 0; id < bitOf.length; id++) {
            bitOf[id] = 1 << Arrays.binarySearch(names, listsSeen.get(id));
        }
        joinedHyphens.forEach((key, lists) -> phraseLists.merge(key, lists, (a, b) -> a | b));
        phraseLists.replaceAll((key, seen) -> {
            int sorted = 0;
            for (int id = 0; id < bitOf.length; id++) {
                if ((seen & (1 << id)) != 0) {
                    sorted |= bitOf[id];
                }
            }
            return sorted;
        });
        return new Gazetteers(
                names,
                java.util.Collections.unmodifiableMap(sizes),
                HashIndex.of(phraseLists),
                HashIndex.of(longestByFirst),
                compressed.toByteArray());
    }

    /** A hyphen written as a token of its own. */
    private static final String SPLIT_HYPHEN = " - ";

    /**
     * Adds the lower-cased phrase to the list {@code id} in the index and its token count to the longest phrase for
     * its first token; returns whether the list did not hold it yet. The phrase's hash is its tokens' hashes built up
     * with single spaces, as {@link #find} builds them.
     */
    private static boolean index(
            String lower, int id, Map<Long, Integer> phraseLists, Map<Long, Integer> longestByFirst) {
        int firstSpace = lower.indexOf(' ');
        long first = TextHash.of(firstSpace < 0 ? lower : lower.substring(0, firstSpace));
        int tokens = 1 + (int) lower.chars().filter(c -> c == ' ').count();
        longestByFirst.merge(TextHash.finish(first), tokens, Math::max);
        long key = firstSpace < 0 ? first : TextHash.append(first, lower.substring(firstSpace));
        int before = phraseLists.getOrDefault(TextHash.finish(key), 0);
        phraseLists.put(TextHash.finish(key), before | (1 << id));
        return (before & (1 << id)) == 0;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Trims the phrase and makes every run of ASCII white space (tab, newline, ...) one space. */
    private static String normaliseSpaces(String phrase) {
        String trimmed = phrase.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || trimmed.charAt(i + 1) == ' ')) {
                return SPACES.matcher(trimmed).replaceAll(" ");
            }
        }
        return trimmed;
    }

    void write(OutputStream out) throws IOException {
        try (InputStream text = new GZIPInputStream(new ByteArrayInputStream(gzippedText))) {
            text.transferTo(out);
        }
        out.flush();
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
