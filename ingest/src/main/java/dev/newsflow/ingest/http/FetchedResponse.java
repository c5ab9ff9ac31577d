package dev.newsflow.ingest.http;

import java.net.URI;

/**
 * A successful ({@code 2xx}) or not-modified ({@code 304}) answer.
 *
 * @param status the HTTP status
 * @param uri the URL that answered, after redirects
 * @param contentType the {@code Content-Type} header with its parameters, or null
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header, or null
 * @param body the body, undecoded; empty for {@code 304}
 */
public record FetchedResponse(int status, URI uri, String contentType, String etag, String lastModified, byte[] body) {

    public boolean notModified() {
        return status == 304;
    }

    /** The validators to send with the next request for the same resource. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
