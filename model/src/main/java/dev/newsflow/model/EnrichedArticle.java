package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article with what enrich found in it, as published to the enriched topic keyed by {@link #id()}.
 *
 * <p>The JSON is the raw {@link Article}'s fields plus {@code entities} (most salient first), {@code topics} (best
 * first), {@code quotes}, {@code keywords} (best first), {@code summary} (two or three of the article's own
 * sentences), {@code wordCount}, {@code readingTimeMinutes}, {@code duplicateOf} (the id of the article first seen
 * with the same story, or null), {@code enrichedAt} and {@code models} (model name to version, for every model that
 * contributed, sorted by name).
 */
public record EnrichedArticle(
        String id,
        int schemaVersion,
        String url,
        String source,
        String title,
        List<String> authors,
        String publishedAt,
        String language,
        String body,
        Instant ingestedAt,
        String contentHash,
        List<Entity> entities,
        List<TopicLabel> topics,
        List<Quote> quotes,
        List<String> keywords,
        String summary,
        int wordCount,
        int readingTimeMinutes,
        String duplicateOf,
        Instant enrichedAt,
        Map<String, String> models) {

    public EnrichedArticle {
        Article.requireText(id, "id");
        Article.requireText(title, "title");
        Article.requireText(body, "body");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        contentHash = contentHash == null ? ContentHash.of(title, body) : contentHash;
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        // sorted by name: Map.copyOf's order changes from run to run, and records of one build should read alike
        models = models == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(models));
    }

    /** Joins a raw article with the entities and topics enrich found in it, and nothing else. */
    public static EnrichedArticle of(
            Article raw,
            String language,
            List<Entity> entities,
            List<TopicLabel> topics,
            Instant enrichedAt,
            Map<String, String> models) {
        return of(raw, language, entities, topics, List.of(), List.of(), null, 0, 0, enrichedAt, models);
    }

    /** Joins a raw article with what enrich found in it. */
    public static EnrichedArticle of(
            Article raw,
            String language,
            List<Entity> entities,
            List<TopicLabel> topics,
            List<Quote> quotes,
            List<String> keywords,
            String summary,
            int wordCount,
            int readingTimeMinutes,
            Instant enrichedAt,
            Map<String, String> models) {
        return new EnrichedArticle(
                raw.id(),
                raw.schemaVersion(),
                raw.url(),
                raw.source(),
                raw.title(),
                raw.authors(),
                raw.publishedAt(),
                language,
                raw.body(),
                raw.ingestedAt(),
                raw.contentHash(),
                entities,
                topics,
                quotes,
                keywords,
                summary,
                wordCount,
                readingTimeMinutes,
                null,
                enrichedAt,
                models);
    }

    /** This article marked as a near-duplicate of the article with id {@code originalId}. */
    public EnrichedArticle withDuplicateOf(String originalId) {
        return new EnrichedArticle(
                id,
                schemaVersion,
                url,
                source,
                title,
                authors,
                publishedAt,
                language,
                body,
                ingestedAt,
                contentHash,
                entities,
                topics,
                quotes,
                keywords,
                summary,
                wordCount,
                readingTimeMinutes,
                originalId,
                enrichedAt,
                models);
    }

    /** The raw article this enrichment was made from. */
    @JsonIgnore
    public Article article() {
        return new Article(
                id, schemaVersion, url, source, title, authors, publishedAt, language, body, ingestedAt, contentHash);
    }
}
