package dev.newsflow.ingest.http;

/**
 * What a previous response said about its version, sent back as a conditional GET ({@code If-None-Match},
 * {@code If-Modified-Since}) so that an unchanged resource costs a {@code 304} and no body.
 *
 * @param etag the previous {@code ETag} header, verbatim, or null
 * @param lastModified the previous {@code Last-Modified} header, verbatim, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
