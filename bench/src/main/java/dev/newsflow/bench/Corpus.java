package dev.newsflow.bench;

import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.source.ArticleInputs;
import dev.newsflow.model.Article;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The articles a benchmark runs on, read by ingest's own readers from a folder (default: the samples). */
public final class Corpus {

    private Corpus() {}

    public static List<Article> articles(String folder) {
        if (!Files.isDirectory(Path.of(folder))) {
            throw new IllegalArgumentException("no corpus folder "
                    + Path.of(folder).toAbsolutePath() + " (run from the repository root, or pass -p corpus=FOLDER)");
        }
        List<Article> articles = new ArrayList<>();
        new ArticleInputs(Clock.systemUTC(), InputStream.nullInputStream()).forEach(List.of(folder), result -> {
            if (result instanceof ParseResult.Parsed parsed) {
                articles.add(parsed.article());
            }
        });
        return articles;
    }
}
