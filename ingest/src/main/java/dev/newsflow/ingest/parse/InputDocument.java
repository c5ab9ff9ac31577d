package dev.newsflow.ingest.parse;

/**
 * One input as it arrived, before parsing.
 *
 * @param name where it came from, for messages and as the article's source when it names none: a path, a URL,
 *     {@code stdin}
 * @param bytes the content, undecoded
 * @param contentType the media type with parameters as the transport declared it ({@code text/html;
 *     charset=iso-8859-1}), or null when there is none (files)
 * @param url the address it was fetched from, or null; relative links and canonical URLs resolve against it
 */
public record InputDocument(String name, byte[] bytes, String contentType, String url) {

    public static InputDocument file(String name, byte[] bytes) {
        return new InputDocument(name, bytes, null, null);
    }
}
