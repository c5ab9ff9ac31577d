package dev.newsflow.enrich.dedup;

import dev.newsflow.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The last step: reads {@link BandAnswer}s keyed by article id (partitioned like the raw topic, so it shares
 * {@link DedupStores#ARTICLES} with the enriching task) and, once every band of the article's latest request has
 * answered, publishes the enriched article with {@code duplicateOf} set to the earliest matching article, if any.
 * Answers to an older request of the same id are dropped: only the newest text is published.
 *
 * <p>One instance per stream task; not thread-safe.
 */
public final class DedupJoinProcessor implements Processor<String, BandAnswer, String, EnrichedArticle> {

    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, ArticleState> articles;

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.articles = context.getStateStore(DedupStores.ARTICLES);
    }

    @Override
    public void process(Record<String, BandAnswer> record) {
        ArticleState state = articles.get(record.key());
        BandAnswer answer = record.value();
        if (state == null || state.pending() == null || state.request() != answer.request()) {
            return;
        }
        BandAnswer.Match original = state.original();
        for (BandAnswer.Match match : answer.matches()) {
            if (original == null || match.before(original.articleId(), original.firstSeen())) {
                original = match;
            }
        }
        int awaiting = state.awaiting() - 1;
        if (awaiting > 0) {
            articles.put(
                    record.key(),
                    new ArticleState(
                            state.firstSeen(),
                            state.request(),
                            state.bandKeys(),
                            state.pending(),
                            state.timestamp(),
                            awaiting,
                            original));
            return;
        }
        articles.put(
                record.key(),
                new ArticleState(
                        state.firstSeen(), state.request(), state.bandKeys(), null, state.timestamp(), 0, original));
        EnrichedArticle pending = state.pending();
        EnrichedArticle out = original == null ? pending : pending.withDuplicateOf(original.articleId());
        context.forward(new Record<>(record.key(), out, state.timestamp()));
    }
}
