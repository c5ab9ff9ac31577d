package dev.newsflow.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents named on the command line: files, folders (walked recursively, in name order, hidden entries
 * skipped), globs ({@code inbox/**}{@code /*.html}, {@code *.jsonl}) and {@code -} for standard input.
 */
public final class FileSource {

    /** One document's name and bytes. */
    public record Document(String name, byte[] bytes) {}

    /** A named source that cannot be read; the pipeline reports it and goes on with the rest. */
    public record Unreadable(String name, String reason) {}

    public interface Visitor {
        void document(Document document);

        void unreadable(Unreadable unreadable);
    }

    private final InputStream stdin;

    public FileSource(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Visits every document below {@code sources}, in order. Documents are read one at a time. */
    public void forEach(List<String> sources, Visitor visitor) {
        for (String source : sources) {
            if (source.equals("-")) {
                visitor.document(new Document("stdin", readStdin()));
                continue;
            }
            List<Path> files = isGlob(source) ? filesMatching(source, visitor) : filesAt(source, visitor);
            for (Path file : files) {
                try {
                    visitor.document(new Document(file.toString(), Files.readAllBytes(file)));
                } catch (IOException | OutOfMemoryError e) {
                    visitor.unreadable(new Unreadable(file.toString(), "cannot read: " + e.getMessage()));
                }
            }
        }
    }

    private byte[] readStdin() {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private static boolean isGlob(String source) {
        return source.contains("*") || source.contains("?") || source.contains("[") || source.contains("{");
    }

    private static List<Path> filesAt(String source, Visitor visitor) {
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            visitor.unreadable(new Unreadable(source, "no such file or folder"));
            return List.of();
        }
        return filesUnder(path, visitor);
    }

    /** A glob such as {@code inbox/**}{@code /*.html}: the files below its fixed leading folders that match it. */
    private static List<Path> filesMatching(String glob, Visitor visitor) {
        Path base = Path.of("");
        String[] parts = glob.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            base = base.resolve(parts[fixed].isEmpty() ? "/" : parts[fixed]);
            fixed++;
        }
        PathMatcher matcher = FileSystems.getDefault()
                .getPathMatcher("glob:" + String.join("/", List.of(parts).subList(fixed, parts.length)));
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            visitor.unreadable(new Unreadable(glob, "no such folder: " + root));
            return List.of();
        }
        List<Path> files = filesUnder(root, visitor).stream()
                .filter(file -> matcher.matches(root.relativize(file)))
                .toList();
        if (files.isEmpty()) {
            visitor.unreadable(new Unreadable(glob, "no file matches"));
        }
        return files;
    }

    private static List<Path> filesUnder(Path path, Visitor visitor) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(path.relativize(file)))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            visitor.unreadable(new Unreadable(path.toString(), "cannot list folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
