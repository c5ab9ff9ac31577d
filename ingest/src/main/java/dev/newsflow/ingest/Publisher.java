package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.util.concurrent.CompletableFuture;

/** Where ingest's sources hand their articles. */
@FunctionalInterface
public interface Publisher {

    /**
     * Sends the article, keyed by its id.
     *
     * @return completes when the article is durably accepted (the broker acknowledged it), exceptionally when it
     *     was not
     */
    CompletableFuture<Void> publish(Article article);
}
