package dev.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.model.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of one input document into articles or rejections. The character set is detected (byte-order
 * mark, declared charset, UTF-8, statistical detection). The format comes from the declared content type, an HTML
 * start, the file name's extension ({@code .html}, {@code .json}, {@code .jsonl} / {@code .ndjson}; anything else is
 * plain text or Markdown) or, for names without one, the first character.
 *
 * <p>A document never fails as a whole for one bad JSON line: each line is its own result. Thread-safe.
 */
public final class ArticleReader {

    /** Larger documents are refused unread: no article is that long, and the whole document is held in memory. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

    private final TextArticleParser text = new TextArticleParser();
    private final JsonArticleParser json = new JsonArticleParser();
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final Clock clock;

    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    public List<ParseResult> read(String name, byte[] bytes) {
        return read(InputDocument.file(name, bytes));
    }

    public List<ParseResult> read(InputDocument document) {
        String name = document.name();
        byte[] bytes = document.bytes();
        if (bytes.length == 0) {
            return List.of(new ParseResult.Rejected(name, "empty file"));
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            return List.of(new ParseResult.Rejected(
                    name,
                    "too large: " + bytes.length / (1024 * 1024) + " MiB, the limit is "
                            + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB"));
        }
        if (!TextDecoding.hasWideBom(bytes) && looksBinary(bytes)) {
            return List.of(new ParseResult.Rejected(name, "binary file, not text"));
        }
        String content = TextDecoding.decode(bytes, document.contentType()).text();
        if (content.isBlank()) {
            return List.of(new ParseResult.Rejected(name, "empty file"));
        }
        return switch (formatOf(name, document.contentType(), content)) {
            case JSON_LINES -> readJsonLines(name, content);
            case JSON -> readJson(name, content);
            case HTML -> List.of(readHtml(name, content, document.url()));
            case TEXT -> List.of(readText(name, content));
        };
    }

    private enum Format {
        TEXT,
        HTML,
        JSON,
        JSON_LINES
    }

    private static Format formatOf(String name, String contentType, String content) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String start = content.stripLeading().toLowerCase(Locale.ROOT);
        if (type.contains("html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Format.HTML;
        }
        if (type.contains("ndjson") || type.contains("jsonl")) {
            return Format.JSON_LINES;
        }
        if (type.contains("json")) {
            return Format.JSON;
        }
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("[?#].*", "");
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        boolean hasExtension = lower.substring(lower.lastIndexOf('/') + 1).contains(".");
        if (!hasExtension && (content.strip().startsWith("{") || content.strip().startsWith("["))) {
            return content.strip().lines().count() > 1 && content.strip().startsWith("{")
                    ? Format.JSON_LINES
                    : Format.JSON;
        }
        return Format.TEXT;
    }

    /** NUL bytes or many control characters in the first 8 KiB: no news article looks like that. */
    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control > length / 10;
    }

    private ParseResult readHtml(String name, String content, String url) {
        try {
            return new ParseResult.Parsed(name, html.parse(content, name, url, clock.instant()));
        } catch (RejectedInputException e) {
            return new ParseResult.Rejected(name, e.getMessage());
        }
    }

    private ParseResult readText(String name, String content) {
        try {
            return new ParseResult.Parsed(name, text.parse(content, name, clock.instant()));
        } catch (RejectedInputException e) {
            return new ParseResult.Rejected(name, e.getMessage());
        }
    }

    private List<ParseResult> readJson(String name, String content) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            return List.of(new ParseResult.Rejected(name, "malformed JSON: " + e.getOriginalMessage()));
        }
        if (!node.isArray()) {
            return List.of(readJsonArticle(name, node));
        }
        List<ParseResult> results = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            results.add(readJsonArticle(name + "[" + i + "]", node.get(i)));
        }
        return results;
    }

    private List<ParseResult> readJsonLines(String name, String content) {
        List<ParseResult> results = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String origin = name + ":" + (i + 1);
            try {
                results.add(readJsonArticle(origin, Json.MAPPER.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                results.add(new ParseResult.Rejected(origin, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return results;
    }

    private ParseResult readJsonArticle(String origin, JsonNode node) {
        try {
            return new ParseResult.Parsed(origin, json.parse(node, origin, clock.instant()));
        } catch (RejectedInputException e) {
            return new ParseResult.Rejected(origin, e.getMessage());
        }
    }
}
