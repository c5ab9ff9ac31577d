package dev.newsflow.ingest.http;

import java.io.IOException;
import java.net.URI;

/** A fetch that did not yield a usable response; the message is meant for the user. */
public final class FetchException extends IOException {

    private final FetchFailure failure;
    private final URI uri;

    public FetchException(FetchFailure failure, URI uri, String message) {
        this(failure, uri, message, null);
    }

    public FetchException(FetchFailure failure, URI uri, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.uri = uri;
    }

    public FetchFailure failure() {
        return failure;
    }

    /** Whether trying the same URL later may succeed (timeouts, unreachable hosts, 5xx, 429). */
    public boolean isRetriable() {
        return failure.retriable();
    }

    /** The URL that failed: the one asked for, or the redirect target that failed. */
    public URI uri() {
        return uri;
    }
}
