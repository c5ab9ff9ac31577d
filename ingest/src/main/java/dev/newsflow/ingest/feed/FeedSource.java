package dev.newsflow.ingest.feed;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A feed to poll: an {@code http}/{@code https} URL, or a local file (a path or a {@code file:} URL).
 *
 * @param location the feed as the user named it; also its key in the poller's state file
 */
public record FeedSource(String location) {

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    public FeedSource {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a feed needs a URL or a file");
        }
        location = location.strip();
        String scheme = scheme(location);
        // a Windows drive letter ("C:\feeds\x.xml") is a path, not a scheme
        boolean url = scheme != null && scheme.length() > 1;
        if (url && !scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            throw new IllegalArgumentException(
                    "feed " + location + " refused: only http and https URLs and local files are read");
        }
    }

    public static FeedSource of(String location) {
        return new FeedSource(location);
    }

    /** Whether the feed is a local file rather than a URL. */
    public boolean isFile() {
        String scheme = scheme(location);
        return scheme == null || scheme.length() == 1 || scheme.equals("file");
    }

    /** The URL of a feed that is not a file. */
    public URI uri() {
        if (isFile()) {
            throw new IllegalStateException(location + " is a file");
        }
        return URI.create(location);
    }

    /** The path of a feed that is a file. */
    public Path path() {
        if (!isFile()) {
            throw new IllegalStateException(location + " is a URL");
        }
        return "file".equals(scheme(location)) ? Path.of(URI.create(location)) : Path.of(location);
    }

    private static String scheme(String location) {
        var matcher = HAS_SCHEME.matcher(location);
        if (!matcher.find()) {
            return null;
        }
        String match = matcher.group();
        return match.substring(0, match.length() - 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return location;
    }
}
