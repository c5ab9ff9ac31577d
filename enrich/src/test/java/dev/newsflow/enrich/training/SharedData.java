package dev.newsflow.enrich.training;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the research corpora that are never copied into the repository: by the system property
 * {@value #PROPERTY}, else the environment variable {@value #ENVIRONMENT}, else {@code ../shared/data} beside the
 * repository root (tests run in the module directory, so {@code ../../shared/data}).
 */
final class SharedData {

    static final String PROPERTY = "newsflow.shared.data";
    static final String ENVIRONMENT = "NEWSFLOW_SHARED_DATA";

    private SharedData() {}

    /** Returns the file, or skips the calling test with a message saying how to provide it. */
    static Path require(String relativePath) {
        Path file = root().resolve(relativePath).toAbsolutePath().normalize();
        assumeTrue(
                Files.isRegularFile(file),
                () -> "skipped: " + file + " is absent; point -D" + PROPERTY + " or " + ENVIRONMENT
                        + " at the shared data directory to run this test");
        return file;
    }

    private static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        return configured == null || configured.isBlank() ? Path.of("..", "..", "shared", "data") : Path.of(configured);
    }
}
