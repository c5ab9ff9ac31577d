package dev.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, from the most to the least reliable source: schema.org JSON-LD (an
 * {@code Article} or one of its news subtypes, also inside {@code @graph}, with authors and publisher resolved by
 * {@code @id}), then OpenGraph and {@code article:*} meta tags, {@code meta name=author}, {@code rel=canonical},
 * {@code <time datetime>}, the visible byline, and the {@code h1} or {@code <title>}.
 */
record HtmlMetadata(
        String title,
        List<String> authors,
        String publishedAt,
        String url,
        String publisher,
        String language,
        String jsonLdBody) {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "blogposting",
            "liveblogposting",
            "scholarlyarticle",
            "report");
    /** "Written by Clara Mendes, a former ...": an author box that says more than the name. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i:\\b(?:written|posted|words|reporting|story|text)\\s+by)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    static HtmlMetadata of(Document page, String fetchedFrom) {
        Map<String, JsonNode> graph = new HashMap<>();
        JsonNode article = jsonLdArticle(page, graph).orElse(null);

        String title = firstText(
                        jsonText(article, "headline"),
                        meta(page, "og:title"),
                        meta(page, "twitter:title"),
                        page.select("h1").stream()
                                .map(Element::text)
                                .findFirst()
                                .orElse(null))
                .orElseGet(() -> titleWithoutSiteName(page.title()));

        List<String> authors = article == null ? List.of() : people(article.get("author"), graph);
        if (authors.isEmpty()) {
            authors = metaAuthors(page);
        }
        if (authors.isEmpty()) {
            authors = visibleByline(page);
        }

        String date = firstText(
                        jsonText(article, "datePublished"),
                        meta(page, "article:published_time"),
                        meta(page, "datePublished"),
                        meta(page, "date"),
                        meta(page, "pubdate"),
                        meta(page, "dc.date"),
                        meta(page, "dcterms.created"),
                        page.select("time[datetime]").stream()
                                .map(time -> time.attr("datetime"))
                                .findFirst()
                                .orElse(null),
                        jsonText(article, "dateModified"))
                .orElse(null);
        String publishedAt = date == null ? null : PublicationDates.parse(date).orElse(null);

        String url = firstText(
                        page.select("link[rel=canonical]").attr("href"),
                        meta(page, "og:url"),
                        jsonText(article, "url"),
                        article == null ? null : idOf(article.get("mainEntityOfPage")),
                        fetchedFrom)
                .flatMap(found -> CanonicalUrls.canonicalize(found, fetchedFrom))
                .orElse(null);

        String publisher = firstText(
                        article == null ? null : nameOf(article.get("publisher"), graph),
                        meta(page, "og:site_name"),
                        meta(page, "application-name"))
                .orElse(null);

        String language = firstText(
                        jsonText(article, "inLanguage"),
                        page.select("html[lang]").attr("lang"),
                        meta(page, "og:locale"),
                        meta(page, "content-language"))
                .map(code -> code.strip().toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""))
                .filter(code -> code.matches("[a-z]{2,3}"))
                .orElse(null);

        return new HtmlMetadata(
                title, authors, publishedAt, url, publisher, language, jsonText(article, "articleBody"));
    }

    private static Optional<JsonNode> jsonLdArticle(Document page, Map<String, JsonNode> graph) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(LENIENT.readTree(script.data()), nodes);
            } catch (Exception malformed) {
                // a broken JSON-LD block is ignored; the page's other metadata still counts
            }
        }
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                graph.put(id, node);
            }
        }
        return nodes.stream().filter(HtmlMetadata::isArticle).findFirst();
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, nodes));
        } else if (node.isObject()) {
            nodes.add(node);
            collect(node.get("@graph"), nodes);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        Stream<JsonNode> types = type.isArray() ? toStream(type) : Stream.of(type);
        return types.anyMatch(t -> ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)));
    }

    private static Stream<JsonNode> toStream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static List<String> people(JsonNode node, Map<String, JsonNode> graph) {
        Set<String> names = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return List.of();
        }
        for (JsonNode person : node.isArray() ? toStream(node).toList() : List.of(node)) {
            String name = nameOf(person, graph);
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                List<String> parsed = Bylines.authors(name);
                names.addAll(parsed.isEmpty() ? List.of(name.strip()) : parsed);
            }
        }
        return List.copyOf(names);
    }

    private static String nameOf(JsonNode node, Map<String, JsonNode> graph) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : nameOf(node.get(0), graph);
        }
        if (node.has("name")) {
            return textOf(node.get("name"));
        }
        JsonNode referenced = graph.get(node.path("@id").asText(""));
        return referenced != null && referenced != node ? nameOf(referenced, graph) : null;
    }

    private static String idOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.path("@id").asText(null);
    }

    private static String textOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isArray() ? (node.isEmpty() ? null : textOf(node.get(0))) : node.asText();
    }

    private static String jsonText(JsonNode article, String field) {
        return article == null ? null : textOf(article.get(field));
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "], meta[http-equiv=" + name + "]");
        return tag == null ? null : tag.attr("content");
    }

    private static List<String> metaAuthors(Document page) {
        Set<String> names = new LinkedHashSet<>();
        for (Element tag : page.select("meta[name=author], meta[property=article:author], meta[name=byl],"
                + " meta[name=dc.creator], meta[name=parsely-author]")) {
            String value = tag.attr("content").strip();
            if (!value.isEmpty() && !value.startsWith("http")) {
                List<String> parsed = Bylines.authors(value);
                names.addAll(parsed.isEmpty() ? List.of(value) : parsed);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> visibleByline(Document page) {
        for (Element byline : page.select("[rel=author], [itemprop=author], .byline, .author, .author-name,"
                + " [class*=byline], [class*=author]")) {
            String text = byline.text().strip();
            if (!text.isEmpty() && text.length() <= 120 && Bylines.isByline(text)) {
                List<String> names = Bylines.authors(text);
                if (!names.isEmpty()) {
                    return names;
                }
            }
            Matcher credit = WRITTEN_BY.matcher(text);
            if (credit.find()) {
                return List.of(credit.group(1));
            }
        }
        return List.of();
    }

    private static String titleWithoutSiteName(String title) {
        return title == null
                ? null
                : title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]+$", "").strip();
    }

    private static Optional<String> firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.strip());
            }
        }
        return Optional.empty();
    }
}
