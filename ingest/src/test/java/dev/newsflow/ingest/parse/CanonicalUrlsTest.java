package dev.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    @Test
    void shouldDropTrackingParametersAndFragmentAndLowerCaseSchemeAndHost() {
        assertEquals(
                Optional.of("https://www.example.com/News/2025/Flood?id=7&page=2"),
                CanonicalUrls.canonicalize(
                        "HTTPS://WWW.Example.COM:443/News/2025/Flood?utm_source=rss&id=7&fbclid=x&page=2#comments"));
    }

    @Test
    void shouldResolveARelativeUrlAgainstThePageItCameFrom() {
        assertEquals(
                Optional.of("https://news.example.com/a/story"),
                CanonicalUrls.canonicalize("/a/story?utm_medium=social", "https://news.example.com/feed/item"));
    }

    @Test
    void shouldRefuseWhatIsNotAnHttpUrl() {
        assertEquals(Optional.empty(), CanonicalUrls.canonicalize("file:///etc/passwd"));
        assertEquals(Optional.empty(), CanonicalUrls.canonicalize("javascript:alert(1)"));
        assertEquals(Optional.empty(), CanonicalUrls.canonicalize("not a url at all"));
    }
}
