package dev.newsflow.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article from a JSON object with schema.org {@code NewsArticle} field names ({@code headline},
 * {@code articleBody}, {@code author} as a string, an object with a {@code name} or an array of either,
 * {@code datePublished}, {@code publisher}, {@code url}, {@code inLanguage}) or their common aliases
 * ({@code title}, {@code body}, {@code text}, {@code content}, {@code authors}, {@code byline}, {@code published},
 * {@code publishedAt}, {@code date}, {@code source}, {@code language}).
 *
 * <p>Thread-safe.
 */
public final class JsonArticleParser {

    private static final List<String> TITLE = List.of("headline", "title", "name");
    private static final List<String> BODY = List.of("articleBody", "body", "text", "content");
    private static final List<String> AUTHORS = List.of("author", "authors", "byline", "creator");
    private static final List<String> DATE = List.of("datePublished", "publishedAt", "published", "date");
    private static final List<String> SOURCE = List.of("publisher", "source", "sourceName");
    private static final List<String> URL = List.of("url", "link", "canonicalUrl");
    private static final List<String> LANGUAGE = List.of("inLanguage", "language", "lang");

    public Article parse(JsonNode json, String origin, Instant ingestedAt) throws RejectedInputException {
        if (!json.isObject()) {
            throw new RejectedInputException("expected a JSON object, found " + describe(json));
        }
        String title = text(json, TITLE);
        if (title == null) {
            throw new RejectedInputException("no title (looked for " + String.join(", ", TITLE) + ")");
        }
        String rawBody = text(json, BODY);
        String body = rawBody == null ? "" : BodyText.normalize(rawBody);
        if (body.isEmpty()) {
            throw new RejectedInputException("no body (looked for " + String.join(", ", BODY) + ")");
        }
        String url = CanonicalUrls.canonicalize(text(json, URL)).orElse(null);
        String date = text(json, DATE);
        String publishedAt = date == null ? null : PublicationDates.parse(date).orElse(null);
        String language = text(json, LANGUAGE);
        String source = text(json, SOURCE);
        return new Article(
                ArticleIds.of(url, title, body),
                Article.SCHEMA_VERSION,
                url,
                source == null ? origin : source,
                BodyText.ofParagraphs(List.of(title)),
                authors(json),
                publishedAt,
                language == null
                        ? null
                        : language.strip().toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""),
                body,
                ingestedAt);
    }

    private static String describe(JsonNode json) {
        return json.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** The first field of {@code names} with a non-blank text; an object's {@code name} counts as its text. */
    private static String text(JsonNode json, List<String> names) {
        for (String name : names) {
            String value = textOf(json.get(name));
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String textOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            return textOf(node.get("name"));
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : textOf(node.get(0));
        }
        return node.asText();
    }

    private static List<String> authors(JsonNode json) {
        List<String> authors = new ArrayList<>();
        for (String name : AUTHORS) {
            JsonNode node = json.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            for (JsonNode author : node.isArray() ? node : List.of(node)) {
                String value = textOf(author);
                if (value == null || value.isBlank()) {
                    continue;
                }
                List<String> names = Bylines.authors(value);
                authors.addAll(names.isEmpty() ? List.of(value.strip()) : names);
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        return authors.stream().distinct().toList();
    }
}
