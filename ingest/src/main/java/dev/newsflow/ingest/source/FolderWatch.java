package dev.newsflow.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files that appeared or changed in watched folders since the last look. It compares listings (size
 * and modification time per file) rather than relying on file-system events, which some file systems (network
 * mounts, containers' bind mounts) never deliver. Hidden entries are skipped, as in {@link FileSource}.
 *
 * <p>Not thread-safe: one poller thread.
 */
public final class FolderWatch {

    private record Stamp(long size, long modified) {}

    private final List<Path> folders;
    private final Map<Path, Stamp> taken = new HashMap<>();
    private final Map<Path, Stamp> lastSeen = new HashMap<>();

    /** Watches {@code folders}; what they hold now counts as taken already. */
    public FolderWatch(List<Path> folders) {
        this.folders = List.copyOf(folders);
        changes();
        changes();
    }

    /**
     * The files new or modified since they were last taken, in name order. A file is taken only once it looked
     * the same on two consecutive calls, so that a file still being written is not read half-way.
     */
    public List<Path> changes() {
        List<Path> changed = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> !hidden(folder.relativize(file)))
                        .sorted()
                        .forEach(file -> {
                            Stamp stamp = stamp(file);
                            if (stamp == null || stamp.equals(taken.get(file))) {
                                return;
                            }
                            if (stamp.equals(lastSeen.put(file, stamp))) {
                                taken.put(file, stamp);
                                changed.add(file);
                            }
                        });
            } catch (IOException | UncheckedIOException e) {
                // the folder changed under the walk; the next look sees the rest
            }
        }
        return changed;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
