package dev.newsflow.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The {@code shared/} folder that developers and CI have beside the repository (training corpora and the reference
 * fixture). A user's clone has none: tests that need it call {@link #require(String)}, which skips them with a
 * message.
 */
public final class SharedData {

    private SharedData() {}

    /** {@code NEWSFLOW_SHARED} (property or environment), else the first {@code shared/} beside an ancestor folder. */
    public static Optional<Path> root() {
        String configured = System.getProperty("NEWSFLOW_SHARED", System.getenv("NEWSFLOW_SHARED"));
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("STYLE.md"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file or folder at {@code relative} below shared/, or skips the calling test when it is absent. */
    public static Path require(String relative) {
        Optional<Path> path = root().map(root -> root.resolve(relative)).filter(Files::exists);
        Assumptions.assumeTrue(
                path.isPresent(), "skipped: ../shared/" + relative + " is absent (only developers and CI have it)");
        return path.get();
    }
}
