package dev.newsflow.enrich.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near-duplicate test set in {@code src/test/resources/near-duplicates/}: fictional stories written for the
 * project. Each file holds one news event: a wire story, its re-publications (same {@code story}) and different
 * stories on the same event (another {@code story}). A pair of documents is a duplicate when their stories are equal.
 */
public record NearDuplicates(List<Doc> docs) {

    static final List<String> FILES = List.of(
            "01-quake.txt",
            "02-election.txt",
            "03-factory.txt",
            "04-football.txt",
            "05-flood.txt",
            "06-bank.txt",
            "07-wildfire.txt",
            "08-tech.txt",
            "09-trial.txt",
            "10-health.txt",
            "11-strike.txt",
            "12-science.txt",
            "13-culture.txt",
            "14-ferry.txt",
            "15-tennis.txt",
            "16-wolves.txt");

    private static final Pattern HEADER = Pattern.compile(
            "^### id: (\\S+) \\| story: (\\S+) \\| source: ([^|]+) \\| title: (.+)$", Pattern.MULTILINE);

    /** One document, in the order of its file: a wire story comes before its re-publications. */
    public record Doc(String id, String story, String source, String title, String body) {}

    public static NearDuplicates load() {
        List<Doc> docs = new ArrayList<>();
        for (String file : FILES) {
            String text = read("/near-duplicates/" + file);
            Matcher header = HEADER.matcher(text);
            List<int[]> spans = new ArrayList<>();
            List<String[]> fields = new ArrayList<>();
            while (header.find()) {
                spans.add(new int[] {header.start(), header.end()});
                fields.add(new String[] {
                    header.group(1), header.group(2), header.group(3).trim(), header.group(4)
                });
            }
            for (int i = 0; i < spans.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
                String body = text.substring(spans.get(i)[1], end).strip();
                String[] f = fields.get(i);
                docs.add(new Doc(f[0], f[1], f[2], f[3], body));
            }
        }
        return new NearDuplicates(List.copyOf(docs));
    }

    public Doc doc(String id) {
        return docs.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + id));
    }

    private static String read(String resource) {
        try (InputStream in = NearDuplicates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
