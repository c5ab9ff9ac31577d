package dev.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "# Prix du café\n\nBy Zoë Brontë\n\n“Prices rose 5 €,” she said — naïvely.";
    private final ArticleReader reader =
            new ArticleReader(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldDetectWindows1252TextWithoutADeclaration() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));

        assertEquals(TEXT, TextDecoding.decode(bytes, null).text());
    }

    @Test
    void shouldReadUtf16WithAByteOrderMarkAsTextNotBinary() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);

        var article = assertInstanceOf(
                        ParseResult.Parsed.class, reader.read("cafe.txt", bytes).get(0))
                .article();

        assertEquals("Prix du café", article.title());
        assertEquals(java.util.List.of("Zoë Brontë"), article.authors());
    }

    @Test
    void shouldFollowTheCharsetAPageDeclares() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head>"
                + "<body><p>Prices rose 5 €, said the café owner on Tuesday morning.</p></body></html>";

        var decoded = TextDecoding.decode(html.getBytes(Charset.forName("windows-1252")), null);

        assertEquals(html, decoded.text());
    }

    @Test
    void shouldPreferTheTransportsDeclaredCharset() {
        byte[] latin = "naïve café".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(
                "naïve café",
                TextDecoding.decode(latin, "text/plain; charset=ISO-8859-1").text());
    }
}
