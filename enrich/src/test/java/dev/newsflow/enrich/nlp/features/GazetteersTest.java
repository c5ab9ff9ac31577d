package dev.newsflow.enrich.nlp.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import opennlp.tools.util.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteersTest {

    private static final String LISTS =
            """
            # comment lines and blank lines are skipped

            loc.city\tNew York
            loc.city\tYork
            loc.city\tParis
            loc.city\tSplit
            loc.city\tNew
            per.name\tParis
            per.title\tMr
            wiki.work\tThe   Lord of the Rings
            """;

    @Test
    void shouldMatchTheLongestPhraseOfEachListAtEachToken() throws IOException {
        Gazetteers gazetteers = gazetteers(LISTS);

        List<Gazetteers.Match> matches = gazetteers.find(tokens("Mr Smith flew from PARIS to New York ."));

        assertEquals(
                List.of(
                        new Gazetteers.Match("per.title", 0, 1),
                        new Gazetteers.Match("loc.city", 4, 5),
                        new Gazetteers.Match("per.name", 4, 5),
                        // "New" is a city too, but "New York" is the longer match of the same list
                        new Gazetteers.Match("loc.city", 6, 8),
                        new Gazetteers.Match("loc.city", 7, 8)),
                matches);
    }

    @Test
    void shouldMatchAPhraseWrittenWithItsHyphensSplitOffAgainstAHyphenatedWordAndAsWritten() throws IOException {
        // nlp4j's lists hold "wal - mart"; CoNLL and SentenceSplitter keep "Wal-Mart" one token
        Gazetteers gazetteers = gazetteers("org.company\tWal - Mart\norg.company\tRolls - Royce Motor Cars\n");

        assertEquals(
                List.of(new Gazetteers.Match("org.company", 2, 3), new Gazetteers.Match("org.company", 5, 8)),
                gazetteers.find(tokens("shares of Wal-Mart and of Rolls-Royce Motor Cars rose")));
        assertEquals(List.of(new Gazetteers.Match("org.company", 0, 3)), gazetteers.find(tokens("Wal - Mart shares")));
        assertTrue(gazetteers.contains("org.company", "WAL-MART"));
        assertEquals(Map.of("org.company", 2), gazetteers.sizes(), "the joined spelling is no phrase of its own");
    }

    @Test
    void shouldCountAPhraseWrittenBothWaysTwiceWhicheverComesFirst() throws IOException {
        String split = "org.company\tWal - Mart\n";
        String joined = "org.company\tWal-Mart\n";

        assertEquals(Map.of("org.company", 2), gazetteers(split + joined).sizes());
        assertEquals(Map.of("org.company", 2), gazetteers(joined + split).sizes());
    }

    @Test
    void shouldMatchOnlyCapitalisedPhrasesExceptTitlesAndSuffixes() throws IOException {
        Gazetteers gazetteers = gazetteers(LISTS);

        assertEquals(
                List.of(new Gazetteers.Match("per.title", 2, 3)),
                gazetteers.find(tokens("they split mr Jones 's lord of the rings")));
        assertEquals(
                List.of(new Gazetteers.Match("wiki.work", 0, 5)), gazetteers.find(tokens("The Lord of the Rings")));
    }

    @Test
    void shouldTellWhetherAListHoldsAPhraseWhateverItsCase() throws IOException {
        Gazetteers gazetteers = gazetteers(LISTS);

        assertTrue(gazetteers.contains("loc.city", "NEW YORK"));
        assertTrue(gazetteers.contains("wiki.work", "the lord of  the rings"));
        assertTrue(gazetteers.contains("per.name", "Paris"));
        assertFalse(gazetteers.contains("per.name", "York"));
        assertFalse(gazetteers.contains("loc.city", "New York City"));
        assertFalse(gazetteers.contains("loc.country", "Paris"));
    }

    @Test
    void shouldCountThePhrasesOfEachList() throws IOException {
        assertEquals(
                Map.of("loc.city", 5, "per.name", 1, "per.title", 1, "wiki.work", 1),
                gazetteers(LISTS).sizes());
    }

    @Test
    void shouldWriteWhatItReadSoThatAModelCanCarryIt() throws IOException {
        Gazetteers gazetteers = gazetteers(LISTS);
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        gazetteers.write(written);
        Gazetteers again = new Gazetteers.Serializer().create(new ByteArrayInputStream(written.toByteArray()));

        assertEquals(gazetteers.sizes(), again.sizes());
        assertEquals(
                gazetteers.find(tokens("Mr Jones of New York read The Lord of the Rings in Paris")),
                again.find(tokens("Mr Jones of New York read The Lord of the Rings in Paris")));
        assertEquals(
                "wiki.work\tThe Lord of the Rings",
                written.toString(StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> line.startsWith("wiki"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void shouldReadNlp4jsSerializedGazetteerTree(@TempDir Path directory) throws IOException {
        PrefixTree<String, Set<String>> tree = new PrefixTree<>();
        tree.set(new String[] {"New", "York"}, new TreeSet<>(Set.of("11", "6")), Function.identity());
        tree.set(new String[] {"Barack", "Obama"}, new TreeSet<>(Set.of("14")), Function.identity());
        Path file = serialize(directory.resolve("gazetteers.ser"), tree);

        Gazetteers gazetteers = Gazetteers.read(file);

        assertEquals(Map.of("wiki.location", 1, "wiki.place", 1, "wiki.person", 1), gazetteers.sizes());
        assertEquals(
                List.of(
                        new Gazetteers.Match("wiki.person", 0, 2),
                        new Gazetteers.Match("wiki.location", 3, 5),
                        new Gazetteers.Match("wiki.place", 3, 5)),
                gazetteers.find(tokens("Barack Obama visited New York")));
    }

    @Test
    void shouldRefuseSerializedObjectsOtherThanNlp4jsTree(@TempDir Path directory) throws IOException {
        Path file = serialize(directory.resolve("other.ser"), new java.io.File("/etc/passwd"));

        assertThrows(InvalidFormatException.class, () -> Gazetteers.read(file));
    }

    private static Path serialize(Path file, Object object) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(object);
        }
        return file;
    }

    @Test
    void shouldFindEveryKeyOfALargeHashIndexAndNoOther() {
        java.util.Random random = new java.util.Random(11);
        Map<Long, Integer> entries = new java.util.HashMap<>();
        entries.put(Long.MIN_VALUE, 1);
        entries.put(Long.MAX_VALUE, 2);
        entries.put(0L, 3);
        while (entries.size() < 100_000) {
            entries.put(random.nextLong(), 1 + random.nextInt(1 << 16));
        }

        HashIndex index = HashIndex.of(entries);

        entries.forEach((key, value) -> assertEquals(value, index.get(key), () -> "key " + key));
        for (int i = 0; i < 100_000; i++) {
            long absent = random.nextLong();
            if (!entries.containsKey(absent)) {
                assertEquals(0, index.get(absent));
            }
        }
        assertEquals(0, HashIndex.of(Map.of()).get(42L));
    }

    @Test
    void shouldRefuseMoreListsThanItCanTellApart() {
        String lists =
                IntStream.range(0, 33).mapToObj(i -> "list" + i + "\tPhrase").collect(Collectors.joining("\n"));

        assertThrows(InvalidFormatException.class, () -> gazetteers(lists));
    }

    private static Gazetteers gazetteers(String text) throws IOException {
        return Gazetteers.fromText(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String[] tokens(String sentence) {
        return sentence.split(" ");
    }
}
