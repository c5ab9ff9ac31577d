package dev.newsflow.ingest.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.newsflow.ingest.parse.BodyText;
import dev.newsflow.ingest.parse.Bylines;
import dev.newsflow.ingest.parse.CanonicalUrls;
import dev.newsflow.ingest.parse.RejectedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom documents with ROME into {@link FeedEntry feed entries}.
 *
 * <p>Documents with a DOCTYPE are refused before any entity is expanded, which rules out XXE (external entities)
 * and entity-expansion attacks such as billion laughs; no feed format needs a DTD. The encoding is taken from the
 * byte order mark, the XML declaration or the HTTP content type.
 *
 * <p>Thread-safe.
 */
public final class FeedReader {

    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-z]{2})(?:[-_].*)?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * @param bytes the document, undecoded
     * @param contentType the HTTP {@code Content-Type}, or null for files
     * @param origin the feed's location, for messages and as the source when the feed has no title
     * @param base the URL relative entry links resolve against (where the feed was fetched from), or null
     * @throws RejectedInputException when the document is not a feed ROME reads, or declares a DOCTYPE
     */
    public FeedContent read(byte[] bytes, String contentType, String origin, String base)
            throws RejectedInputException {
        Parsed parsed = parse(bytes, contentType);
        SyndFeed feed = parsed.feed();
        String title = line(FeedHtml.inline(nonBlank(feed.getTitle())));
        String language = language(feed, parsed.xmlLang());
        String linkBase = base != null ? base : nonBlank(feed.getLink());
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, origin, title == null ? origin : title, language, linkBase));
        }
        return new FeedContent(title, language, entries);
    }

    private static Parsed parse(byte[] bytes, String contentType) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException("empty feed document");
        }
        HardenedInput input = new HardenedInput();
        try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            Document document = input.document(reader);
            SyndFeed feed = new SyndFeedImpl(input.build(document));
            // ROME does not read Atom's xml:lang
            String xmlLang = document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
            return new Parsed(feed, xmlLang);
        } catch (JDOMException | FeedException e) {
            throw new RejectedInputException(reasonOf(e));
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException("not an RSS or Atom feed: " + e.getMessage());
        } catch (IOException e) {
            throw new RejectedInputException("cannot decode the feed: " + e.getMessage());
        }
    }

    private record Parsed(SyndFeed feed, String xmlLang) {}

    /** ROME's own parsing, split so that the document's root is at hand; DOCTYPEs refused. */
    private static final class HardenedInput extends WireFeedInput {

        HardenedInput() {
            setAllowDoctypes(false);
        }

        Document document(Reader reader) throws JDOMException, IOException {
            return createSAXBuilder().build(new XmlFixerReader(reader));
        }
    }

    private static String reasonOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("DOCTYPE")) {
                return "feed refused: it declares a DOCTYPE, and DTDs are never processed"
                        + " (no external entities, no entity expansion)";
            }
        }
        return "malformed feed XML: " + e.getMessage();
    }

    private static String language(SyndFeed feed, String xmlLang) {
        String language = nonBlank(feed.getLanguage()) != null ? feed.getLanguage() : nonBlank(xmlLang);
        if (language == null) {
            return null;
        }
        Matcher matcher = LANGUAGE.matcher(language.strip().toLowerCase(Locale.ROOT));
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static FeedEntry entry(SyndEntry entry, String feedOrigin, String source, String language, String base) {
        String title = line(FeedHtml.inline(nonBlank(entry.getTitle())));
        String link = nonBlank(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)^https?://.*")) {
            link = entry.getUri();
        }
        String url =
                link == null ? null : CanonicalUrls.canonicalize(link, base).orElse(null);
        String publishedAt =
                isoDateTime(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        String key = key(entry, link, title, publishedAt);
        return new FeedEntry(
                key,
                feedOrigin + " entry " + key,
                url,
                title,
                authors(entry),
                publishedAt,
                source,
                language,
                body(entry));
    }

    private static String key(SyndEntry entry, String link, String title, String publishedAt) {
        String id = nonBlank(entry.getUri());
        if (id != null) {
            return id.strip();
        }
        if (link != null) {
            return link.strip();
        }
        return "sha256:" + sha256((title == null ? "" : title) + "\n" + (publishedAt == null ? "" : publishedAt));
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            names.add(person.getName() != null ? person.getName() : person.getEmail());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            names.addAll(dc.getCreators());
        }
        names.add(entry.getAuthor());
        List<String> authors = new ArrayList<>();
        for (String name : names) {
            String value = line(nonBlank(name));
            if (value == null) {
                continue;
            }
            Matcher withName = EMAIL_WITH_NAME.matcher(value);
            if (withName.matches()) {
                value = withName.group(1).strip();
            } else if (EMAIL.matcher(value).matches()) {
                continue;
            }
            List<String> parsed = Bylines.authors(value);
            authors.addAll(parsed.isEmpty() ? List.of(value) : parsed);
        }
        return authors.stream().distinct().toList();
    }

    /** The full content when the entry has one ({@code content:encoded}, Atom content), else its description. */
    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String body = text(content);
            if (body != null) {
                return body;
            }
        }
        return text(entry.getDescription());
    }

    private static String text(SyndContent content) {
        if (content == null || nonBlank(content.getValue()) == null) {
            return null;
        }
        String value = content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        boolean plain = type.equals("text") || type.equals("text/plain");
        String body = plain && !FeedHtml.looksLikeHtml(value)
                ? BodyText.normalize(value)
                : BodyText.ofParagraphs(FeedHtml.paragraphs(value));
        return body.isBlank() ? null : body;
    }

    private static String isoDateTime(Date date) {
        return date == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String line(String text) {
        if (text == null) {
            return null;
        }
        String value = WHITESPACE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        return value.isEmpty() ? null : value;
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
