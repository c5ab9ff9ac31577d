package dev.newsflow.ingest;

import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.ingest.source.ArticleInputs;
import dev.newsflow.model.Article;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads documents, parses them into articles and publishes each to the raw topic, keyed by
 * article id, with an idempotent producer. Inputs that are not articles are reported with the reason and skipped;
 * the run goes on.
 */
public final class IngestApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestApp.class);

    private final KafkaPublisher publisher;
    private final Clock clock;

    public IngestApp(IngestConfig config, Clock clock) {
        this.clock = clock;
        this.publisher = new KafkaPublisher(config);
    }

    /**
     * Publishes every article found in {@code sources} and waits until the broker acknowledged them all.
     *
     * @param onRejected told of each rejected input as soon as it is found
     */
    public IngestReport ingest(List<String> sources, InputStream stdin, Consumer<ParseResult.Rejected> onRejected) {
        Set<String> published = Collections.synchronizedSet(new LinkedHashSet<>());
        List<ParseResult.Rejected> rejected = new ArrayList<>();
        List<IngestReport.Failure> failed = Collections.synchronizedList(new ArrayList<>());
        Consumer<ParseResult.Rejected> reject = rejection -> {
            log.warn("rejected {}: {}", rejection.origin(), rejection.reason());
            rejected.add(rejection);
            onRejected.accept(rejection);
        };

        new ArticleInputs(clock, stdin).forEach(sources, result -> {
            if (result instanceof ParseResult.Parsed parsed) {
                publish(parsed, published, failed);
            } else {
                reject.accept((ParseResult.Rejected) result);
            }
        });
        publisher.flush();
        return new IngestReport(published, rejected, failed);
    }

    private void publish(ParseResult.Parsed parsed, Set<String> published, List<IngestReport.Failure> failed) {
        Article article = parsed.article();
        publisher.publish(article).whenComplete((ok, error) -> {
            if (error == null) {
                published.add(article.id());
            } else {
                log.error("could not publish {} ({}): {}", parsed.origin(), article.id(), error.toString());
                failed.add(new IngestReport.Failure(parsed.origin(), article.id(), error.toString()));
            }
        });
    }

    /** The publisher this stage's other sources (feeds, the HTTP endpoint) share. */
    public Publisher publisher() {
        return publisher;
    }

    @Override
    public void close() {
        publisher.close();
    }
}
