package dev.newsflow.model;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code samples/} folder, found from any module's working directory. */
public final class Samples {

    private Samples() {}

    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples");
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no samples/ folder above " + Path.of("").toAbsolutePath());
    }
}
