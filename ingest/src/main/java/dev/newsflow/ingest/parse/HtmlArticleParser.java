package dev.newsflow.ingest.parse;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a news page: metadata by {@link HtmlMetadata}, body by {@link HtmlBody}, or, when the page's markup
 * yields no text, the JSON-LD {@code articleBody}. Lines inside the body that only repeat the headline, the
 * byline or the date are dropped.
 *
 * <p>Thread-safe.
 */
public final class HtmlArticleParser {

    public Article parse(String html, String origin, String fetchedFrom, Instant ingestedAt)
            throws RejectedInputException {
        Document page = Jsoup.parse(html, fetchedFrom == null ? "" : fetchedFrom);
        HtmlMetadata metadata = HtmlMetadata.of(page, fetchedFrom);
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw new RejectedInputException("an HTML page without a title (no headline, og:title, h1 or <title>)");
        }
        String title = BodyText.ofParagraphs(List.of(metadata.title()));
        String body = BodyText.ofParagraphs(withoutHeaderLines(HtmlBody.paragraphs(page), title, metadata));
        if (body.isEmpty() && metadata.jsonLdBody() != null) {
            body = BodyText.normalize(metadata.jsonLdBody());
        }
        if (body.isEmpty()) {
            throw new RejectedInputException("an HTML page without article text");
        }
        return new Article(
                ArticleIds.of(metadata.url(), title, body),
                Article.SCHEMA_VERSION,
                metadata.url(),
                metadata.publisher() != null ? metadata.publisher() : origin,
                title,
                metadata.authors(),
                metadata.publishedAt(),
                metadata.language(),
                body,
                ingestedAt);
    }

    private static List<String> withoutHeaderLines(List<String> paragraphs, String title, HtmlMetadata metadata) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String text = paragraph.strip();
            boolean headline = text.equalsIgnoreCase(title);
            boolean byline = text.length() <= 120
                    && text.toLowerCase(Locale.ROOT).startsWith("by ")
                    && !Bylines.authors(text).isEmpty()
                    && metadata.authors().containsAll(Bylines.authors(text));
            boolean date = text.length() <= 60 && PublicationDates.parse(text).isPresent();
            if (!headline && !byline && !date) {
                kept.add(paragraph);
            }
        }
        return kept;
    }
}
