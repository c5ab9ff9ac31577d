package dev.newsflow.ingest.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling of an article's URL that its id is derived from: scheme and host lower-cased, the default port,
 * the fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed, everything
 * else as published. Only http and https URLs are canonical URLs.
 */
public final class CanonicalUrls {

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ito|sr_share)$");

    private CanonicalUrls() {}

    /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
    public static Optional<String> canonicalize(String url) {
        return canonicalize(url, null);
    }

    /** As {@link #canonicalize(String)}, resolving a relative {@code url} against {@code base} first. */
    public static Optional<String> canonicalize(String url, String base) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = withoutTracking(uri.getRawQuery());
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (!parameter.isEmpty() && !TRACKING.matcher(name).matches()) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
