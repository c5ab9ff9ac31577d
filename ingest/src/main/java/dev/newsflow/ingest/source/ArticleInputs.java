package dev.newsflow.ingest.source;

import dev.newsflow.ingest.parse.ArticleReader;
import dev.newsflow.ingest.parse.ParseResult;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every article, or rejection, in the documents named on the command line: what {@code newsflow parse} prints
 * and what ingest publishes.
 */
public final class ArticleInputs {

    private final ArticleReader reader;
    private final FileSource files;

    public ArticleInputs(Clock clock, InputStream stdin) {
        this.reader = new ArticleReader(clock);
        this.files = new FileSource(stdin);
    }

    /** Reads the sources in order and hands each result over as soon as it is parsed. */
    public void forEach(List<String> sources, Consumer<ParseResult> results) {
        files.forEach(sources, new FileSource.Visitor() {
            @Override
            public void document(FileSource.Document document) {
                reader.read(document.name(), document.bytes()).forEach(results);
            }

            @Override
            public void unreadable(FileSource.Unreadable unreadable) {
                results.accept(new ParseResult.Rejected(unreadable.name(), unreadable.reason()));
            }
        });
    }
}
