package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.ingest.parse.ParseResult;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.List;

/**
 * One feed entry, read and cleaned but not yet an article: title and body may be missing.
 *
 * @param key what identifies the entry within its feed across polls: its id or guid, else its link, else a hash of
 *     title and date
 * @param origin where it came from, for messages: the feed and the key
 * @param url the canonical URL of the entry's link, or null
 * @param title the title without markup, or null
 * @param authors never null
 * @param publishedAt ISO-8601 date-time with offset, or null
 * @param source the feed's title, else its location
 * @param language ISO 639-1 code of the feed's language, or null
 * @param body the body in {@link dev.newsflow.ingest.parse.BodyText} shape, or null
 */
public record FeedEntry(
        String key,
        String origin,
        String url,
        String title,
        List<String> authors,
        String publishedAt,
        String source,
        String language,
        String body) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The article this entry makes on its own, or the reason it makes none (no title, no body). */
    public ParseResult toArticle(Instant ingestedAt) {
        if (title == null || title.isBlank()) {
            return new ParseResult.Rejected(origin, "feed entry has no title");
        }
        if (body == null || body.isBlank()) {
            return new ParseResult.Rejected(
                    origin, "feed entry has no body (no content:encoded, content, description or summary)");
        }
        return new ParseResult.Parsed(
                origin,
                new Article(
                        ArticleIds.of(url, title, body),
                        Article.SCHEMA_VERSION,
                        url,
                        source,
                        title,
                        authors,
                        publishedAt,
                        language,
                        body,
                        ingestedAt));
    }
}
