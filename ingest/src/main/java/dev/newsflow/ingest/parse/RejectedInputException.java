package dev.newsflow.ingest.parse;

/** An input that is not an article ingest can publish; the message says why, for the user. */
public class RejectedInputException extends Exception {

    public RejectedInputException(String reason) {
        super(reason);
    }
}
