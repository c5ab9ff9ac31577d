package dev.newsflow.ingest.source;

import dev.newsflow.ingest.feed.FeedEntry;
import dev.newsflow.ingest.feed.FeedReader;
import dev.newsflow.ingest.parse.ArticleReader;
import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.parse.RejectedInputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every article, or rejection, in the documents named on the command line — articles, and the items of saved
 * RSS or Atom feeds ({@code .rss}, {@code .atom}, or {@code .xml} holding a feed): what {@code newsflow parse}
 * prints and what ingest publishes.
 */
public final class ArticleInputs {

    private final ArticleReader reader;
    private final FeedReader feeds = new FeedReader();
    private final FileSource files;
    private final Clock clock;

    public ArticleInputs(Clock clock, InputStream stdin) {
        this.reader = new ArticleReader(clock);
        this.files = new FileSource(stdin);
        this.clock = clock;
    }

    /** A saved RSS or Atom feed: its items are articles too. */
    private static boolean isFeed(FileSource.Document document) {
        String name = document.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return true;
        }
        if (!name.endsWith(".xml")) {
            return false;
        }
        String head = new String(document.bytes(), 0, Math.min(document.bytes().length, 1024), StandardCharsets.UTF_8);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    private void readFeed(FileSource.Document document, Consumer<ParseResult> results) {
        try {
            for (FeedEntry entry :
                    feeds.read(document.bytes(), null, document.name(), null).entries()) {
                results.accept(entry.toArticle(clock.instant()));
            }
        } catch (RejectedInputException e) {
            results.accept(new ParseResult.Rejected(document.name(), e.getMessage()));
        }
    }

    /** Reads the sources in order and hands each result over as soon as it is parsed. */
    public void forEach(List<String> sources, Consumer<ParseResult> results) {
        files.forEach(sources, new FileSource.Visitor() {
            @Override
            public void document(FileSource.Document document) {
                if (isFeed(document)) {
                    readFeed(document, results);
                } else {
                    reader.read(document.name(), document.bytes()).forEach(results);
                }
            }

            @Override
            public void unreadable(FileSource.Unreadable unreadable) {
                results.accept(new ParseResult.Rejected(unreadable.name(), unreadable.reason()));
            }
        });
    }
}
