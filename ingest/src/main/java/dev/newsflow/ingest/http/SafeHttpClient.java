package dev.newsflow.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches untrusted {@code http} and {@code https} URLs with limits: a connect timeout, a read timeout that bounds
 * the whole answer (headers and body), a maximum body size, and redirects followed by hand only to {@code http} or
 * {@code https}, at most {@link Limits#maxRedirects()} of them.
 *
 * <p>Every failure is a {@link FetchException} that says whether it is retriable. Thread-safe; share one instance.
 */
public final class SafeHttpClient {

    /**
     * @param connectTimeout how long to wait for the TCP (and TLS) connection
     * @param readTimeout how long to wait for the complete answer of one request, body included
     * @param maxBodyBytes the largest body read; a larger one fails with {@link FetchFailure#TOO_LARGE}
     * @param maxRedirects how many redirects one fetch follows
     * @param userAgent the {@code User-Agent} header
     */
    public record Limits(
            Duration connectTimeout, Duration readTimeout, long maxBodyBytes, int maxRedirects, String userAgent) {

        public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

        public static Limits defaults() {
            return new Limits(
                    Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY_BYTES, 5, "newsflow-ingest/0.1");
        }

        public Limits {
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
            }
            if (readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("read timeout must be positive: " + readTimeout);
            }
            if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maximum body size out of range: " + maxBodyBytes);
            }
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maximum redirects must not be negative: " + maxRedirects);
            }
        }

        public Limits withConnectTimeout(Duration value) {
            return new Limits(value, readTimeout, maxBodyBytes, maxRedirects, userAgent);
        }

        public Limits withReadTimeout(Duration value) {
            return new Limits(connectTimeout, value, maxBodyBytes, maxRedirects, userAgent);
        }

        public Limits withMaxBodyBytes(long value) {
            return new Limits(connectTimeout, readTimeout, value, maxRedirects, userAgent);
        }

        public Limits withMaxRedirects(int value) {
            return new Limits(connectTimeout, readTimeout, maxBodyBytes, value, userAgent);
        }
    }

    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);

    private final Limits limits;
    private final HttpClient client;

    public SafeHttpClient() {
        this(Limits.defaults());
    }

    public SafeHttpClient(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                // redirects are followed by hand so that each target's scheme is checked
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Limits limits() {
        return limits;
    }

    /** {@code GET uri} without validators. */
    public FetchedResponse get(URI uri) throws FetchException, InterruptedException {
        return get(uri, Validators.NONE);
    }

    /**
     * {@code GET uri}, conditional when {@code validators} are given.
     *
     * @return a {@code 2xx} answer with its body, or a {@code 304} when the validators still match
     * @throws FetchException for anything else: bad scheme, timeout, unreachable host, a status outside 2xx/304
     *     after redirects, a body over the limit
     */
    public FetchedResponse get(URI uri, Validators validators) throws FetchException, InterruptedException {
        URI current = requireHttp(uri, uri, "");
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(current, validators);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (redirects == limits.maxRedirects()) {
                    throw new FetchException(
                            FetchFailure.BAD_REDIRECT,
                            uri,
                            "more than " + limits.maxRedirects() + " redirects fetching " + uri);
                }
                current = redirectTarget(current, response);
                continue;
            }
            if ((status >= 200 && status < 300) || status == 304) {
                return new FetchedResponse(
                        status,
                        current,
                        header(response, "Content-Type"),
                        header(response, "ETag"),
                        header(response, "Last-Modified"),
                        status == 304 ? new byte[0] : response.body());
            }
            throw statusFailure(current, status);
        }
    }

    private URI redirectTarget(URI from, HttpResponse<?> response) throws FetchException {
        String location = header(response, "Location");
        if (location == null || location.isBlank()) {
            throw new FetchException(
                    FetchFailure.BAD_REDIRECT,
                    from,
                    from + " answered " + response.statusCode() + " without a Location to redirect to");
        }
        URI target;
        try {
            target = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(
                    FetchFailure.BAD_REDIRECT, from, from + " redirects to a malformed URL: " + location, e);
        }
        return requireHttp(target, from, "redirect from " + from + " to ");
    }

    private static URI requireHttp(URI target, URI from, String context) throws FetchException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    FetchFailure.BAD_SCHEME,
                    target,
                    context + target + " refused: only http and https URLs are fetched");
        }
        if (target.getHost() == null || target.getHost().isEmpty()) {
            throw new FetchException(FetchFailure.BAD_SCHEME, target, context + target + " refused: no host");
        }
        return target;
    }

    private HttpResponse<byte[]> send(URI uri, Validators validators) throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", "*/*");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info -> bodyOf(uri, info));
        try {
            // the request timeout ends when the headers arrive; this one also bounds a body that trickles in
            return answer.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timeout(uri, e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failureOf(uri, e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> bodyOf(URI uri, HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            // only a 2xx body is used; redirect and error bodies are not worth reading
            return new LimitedBody(uri, 0, -1, true);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBody(uri, limits.maxBodyBytes(), declared, false);
    }

    private FetchException timeout(URI uri, Throwable cause) {
        return new FetchException(
                FetchFailure.TIMEOUT,
                uri,
                uri + " did not answer within " + seconds(limits.readTimeout()) + " (read timeout)",
                cause);
    }

    private FetchException failureOf(URI uri, Throwable error) {
        Throwable cause = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FetchException fetch) {
                return fetch;
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchException(
                        FetchFailure.TIMEOUT,
                        uri,
                        "could not connect to " + hostOf(uri) + " within " + seconds(limits.connectTimeout())
                                + " (connect timeout)",
                        error);
            }
            if (t instanceof HttpTimeoutException) {
                return timeout(uri, error);
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException(
                        FetchFailure.UNREACHABLE, uri, "unknown host " + uri.getHost() + " (" + uri + ")", error);
            }
            if (t instanceof NoRouteToHostException) {
                return new FetchException(
                        FetchFailure.UNREACHABLE, uri, "no route to host " + hostOf(uri) + " (" + uri + ")", error);
            }
            if (t instanceof ConnectException) {
                return new FetchException(
                        FetchFailure.UNREACHABLE,
                        uri,
                        "could not connect to " + hostOf(uri) + ": "
                                + (t.getMessage() == null ? "connection refused" : t.getMessage()) + " (" + uri + ")",
                        error);
            }
            cause = t;
        }
        if (cause instanceof SocketException || cause instanceof IOException) {
            return new FetchException(
                    FetchFailure.UNREACHABLE,
                    uri,
                    "connection to " + hostOf(uri) + " failed: " + messageOf(cause) + " (" + uri + ")",
                    error);
        }
        return new FetchException(
                FetchFailure.UNREACHABLE, uri, "fetching " + uri + " failed: " + messageOf(cause), error);
    }

    private static FetchException statusFailure(URI uri, int status) {
        if (status == 429) {
            return new FetchException(
                    FetchFailure.TOO_MANY_REQUESTS, uri, uri + " answered 429 Too Many Requests; will retry later");
        }
        if (status >= 500 && status < 600) {
            return new FetchException(FetchFailure.SERVER_ERROR, uri, uri + " answered " + status + " (server error)");
        }
        if (status >= 400 && status < 500) {
            return new FetchException(FetchFailure.CLIENT_ERROR, uri, uri + " answered " + status + " (client error)");
        }
        return new FetchException(FetchFailure.UNEXPECTED_STATUS, uri, uri + " answered unexpected status " + status);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Collects at most {@code max} bytes and fails, cancelling the transfer, as soon as there are more. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final URI uri;
        private final long max;
        private final long declared;
        private final boolean discard;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(URI uri, long max, long declared, boolean discard) {
            this.uri = uri;
            this.max = max;
            this.declared = declared;
            this.discard = discard;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (discard) {
                subscription.cancel();
                result.complete(new byte[0]);
            } else if (declared > max) {
                fail("declares " + declared + " bytes");
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    fail("sent more than that");
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        private void fail(String detail) {
            subscription.cancel();
            result.completeExceptionally(new FetchException(
                    FetchFailure.TOO_LARGE,
                    uri,
                    uri + " is larger than the limit of " + max + " bytes (it " + detail + ")"));
        }
    }
}
