package dev.newsflow.ingest.parse;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plain-text or Markdown article: a title line (with or without {@code #}), then optionally a byline and a
 * date line, in either order, then paragraphs separated by blank lines.
 *
 * <p>Thread-safe.
 */
public final class TextArticleParser {

    /** Byline and date are looked for only in the first lines after the title; later lines are body. */
    private static final int HEADER_LINES = 4;

    public Article parse(String text, String origin, Instant ingestedAt) throws RejectedInputException {
        List<String> lines =
                text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int next = skipBlank(lines, 0);
        if (next == lines.size()) {
            throw new RejectedInputException("no text");
        }
        String title = lines.get(next).strip().replaceFirst("^#+\\s*", "").strip();
        if (title.isEmpty()) {
            throw new RejectedInputException("the first line, the title, is empty");
        }

        List<String> authors = new ArrayList<>();
        String publishedAt = null;
        next = skipBlank(lines, next + 1);
        for (int seen = 0; next < lines.size() && seen < HEADER_LINES; seen++) {
            String line = lines.get(next).strip();
            Optional<String> date = PublicationDates.parse(line);
            if (date.isPresent() && publishedAt == null) {
                publishedAt = date.get();
            } else if (authors.isEmpty() && Bylines.isByline(line)) {
                authors.addAll(Bylines.authors(line));
            } else {
                break;
            }
            next = skipBlank(lines, next + 1);
        }

        List<String> bodyLines = new ArrayList<>(lines.subList(next, lines.size()));
        int afterStandfirst = skipBlank(bodyLines, skipBlank(bodyLines, 0) + 1);
        if (authors.isEmpty()
                && afterStandfirst < bodyLines.size()
                && Bylines.isSignedByline(bodyLines.get(afterStandfirst))) {
            // "Retailer says ... may have been taken" then "By Hannah Okoye, Consumer affairs correspondent": a
            // standfirst before the byline stays the body's first paragraph, the byline goes
            authors.addAll(Bylines.authors(bodyLines.remove(afterStandfirst)));
        }
        String body = BodyText.normalize(String.join("\n", bodyLines));
        if (body.isEmpty()) {
            throw new RejectedInputException("a title but no body");
        }
        return new Article(
                ArticleIds.of(null, title, body),
                Article.SCHEMA_VERSION,
                null,
                origin,
                title,
                authors,
                publishedAt,
                null,
                body,
                ingestedAt);
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
