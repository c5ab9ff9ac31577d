package dev.newsflow.ingest.http;

import dev.newsflow.ingest.Publisher;
import dev.newsflow.model.Article;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link Publisher} for tests: keeps every article it is given, in call order, and acknowledges it on
 * another thread; when told to fail, it keeps nothing and fails every article.
 */
public final class RecordingPublisher implements Publisher {

    private final List<Article> published = new CopyOnWriteArrayList<>();
    private volatile String failure;

    @Override
    public CompletableFuture<Void> publish(Article article) {
        String reason = failure;
        if (reason != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(reason));
        }
        published.add(article);
        // acknowledged on another thread, as a broker's acknowledgement would be
        return CompletableFuture.runAsync(() -> {});
    }

    /** From now on, every publish fails with {@code reason}; {@code null} accepts again. */
    public void failWith(String reason) {
        this.failure = reason;
    }

    public List<Article> published() {
        return List.copyOf(published);
    }

    public List<String> publishedIds() {
        return published.stream().map(Article::id).toList();
    }

    public List<String> publishedTitles() {
        return published.stream().map(Article::title).toList();
    }
}
