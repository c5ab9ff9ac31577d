package dev.newsflow.ingest.http;

import java.util.Locale;

/** Why a fetch failed, and whether trying again later can help. */
public enum FetchFailure {
    /** The server did not accept the connection in time, or did not answer in time. */
    TIMEOUT(true),
    /** Connection refused, host unknown or unreachable, connection reset. */
    UNREACHABLE(true),
    /** A 5xx answer. */
    SERVER_ERROR(true),
    /** A 429 answer. */
    TOO_MANY_REQUESTS(true),
    /** A 4xx answer other than 429. */
    CLIENT_ERROR(false),
    /** The response body is larger than the configured maximum. */
    TOO_LARGE(false),
    /** A URL, or a redirect target, that is not http or https. */
    BAD_SCHEME(false),
    /** More redirects than the configured maximum, or a redirect without a usable Location. */
    BAD_REDIRECT(false),
    /** A status this client does not follow (1xx, 3xx other than redirects and 304). */
    UNEXPECTED_STATUS(false);

    private final boolean retriable;

    FetchFailure(boolean retriable) {
        this.retriable = retriable;
    }

    /** Whether the same request may succeed later; permanent failures need a change of URL or server. */
    public boolean retriable() {
        return retriable;
    }

    /** A stable lower-case name for counters and logs, e.g. {@code server-error}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
