package dev.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    @TempDir
    Path folder;

    private List<String> visit(String... sources) {
        List<String> seen = new ArrayList<>();
        new FileSource(InputStream.nullInputStream()).forEach(List.of(sources), new FileSource.Visitor() {
            @Override
            public void document(FileSource.Document document) {
                seen.add(folder.relativize(Path.of(document.name()).toAbsolutePath())
                        .toString());
            }

            @Override
            public void unreadable(FileSource.Unreadable unreadable) {
                seen.add("unreadable: " + unreadable.reason());
            }
        });
        return seen;
    }

    @Test
    void shouldWalkFoldersRecursivelyInNameOrderSkippingHiddenEntries() throws Exception {
        Files.createDirectories(folder.resolve("b/.git"));
        Files.writeString(folder.resolve("b/2.txt"), "x");
        Files.writeString(folder.resolve("b/.git/config"), "x");
        Files.writeString(folder.resolve("a.txt"), "x");

        assertEquals(List.of("a.txt", "b/2.txt"), visit(folder.toString()));
    }

    @Test
    void shouldExpandGlobs() throws Exception {
        Files.createDirectories(folder.resolve("x/y"));
        Files.writeString(folder.resolve("x/one.html"), "x");
        Files.writeString(folder.resolve("x/y/two.html"), "x");
        Files.writeString(folder.resolve("x/y/three.txt"), "x");

        assertEquals(List.of("x/y/two.html"), visit(folder + "/x/*/*.html"));
        assertEquals(List.of("x/one.html", "x/y/two.html"), visit(folder + "/x/**.html"));
        assertEquals(List.of("unreadable: no file matches"), visit(folder + "/x/*.pdf"));
    }
}
