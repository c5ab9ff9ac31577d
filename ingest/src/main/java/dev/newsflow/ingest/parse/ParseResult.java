package dev.newsflow.ingest.parse;

import dev.newsflow.model.Article;

/** What came of one input item (a file, a JSON line): an article, or a rejection with the reason. */
public sealed interface ParseResult {

    /** Where the item came from, e.g. {@code samples/wire.jsonl:3}. */
    String origin();

    record Parsed(String origin, Article article) implements ParseResult {}

    record Rejected(String origin, String reason) implements ParseResult {}
}
