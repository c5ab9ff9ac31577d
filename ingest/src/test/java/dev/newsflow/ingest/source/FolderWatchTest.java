package dev.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {

    @TempDir
    Path folder;

    @Test
    void shouldIgnoreWhatWasThereAndTakeANewFileOnceItStoppedChanging() throws Exception {
        Files.writeString(folder.resolve("old.txt"), "# Old\n\nBody.");
        FolderWatch watch = new FolderWatch(List.of(folder));

        Path fresh = Files.writeString(folder.resolve("new.txt"), "# New\n\nHalf");
        assertEquals(List.of(), watch.changes(), "a file seen once may still be being written");
        assertEquals(List.of(fresh), watch.changes());
        assertEquals(List.of(), watch.changes(), "taken once");

        Files.writeString(fresh, "# New\n\nHalf a body, now whole.");
        Files.setLastModifiedTime(fresh, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        watch.changes();
        assertEquals(List.of(fresh), watch.changes(), "a changed file is taken again");
    }

    @Test
    void shouldSkipHiddenFiles() throws Exception {
        FolderWatch watch = new FolderWatch(List.of(folder));
        Files.writeString(folder.resolve(".partial.txt"), "x");

        watch.changes();

        assertEquals(List.of(), watch.changes());
    }
}
