package dev.newsflow.sink;

import dev.newsflow.model.EnrichedArticle;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where enriched articles end up: one row per article id. Not thread-safe; the sink uses one store per consumer
 * thread.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Writes the articles in one transaction: all of them or none. An article whose id is stored already replaces
     * the stored one, so writing the same batch twice leaves the same rows.
     *
     * @param articles each with the JSON it was consumed as, stored verbatim
     */
    void upsert(List<StoredRecord> articles) throws SQLException;

    /** How many articles are stored. */
    long count() throws SQLException;

    /** The stored article with this id, read back from the record as consumed. */
    Optional<EnrichedArticle> find(String id) throws SQLException;

    @Override
    void close() throws SQLException;

    /** An article and the exact JSON it arrived as. */
    record StoredRecord(EnrichedArticle article, String json) {}
}
