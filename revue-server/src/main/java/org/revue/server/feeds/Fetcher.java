package org.revue.server.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET with the poller's rules: http/https only, private addresses refused (unless allowed), robots.txt
 * (fetched once per origin, cached), one request per host per gap, redirects followed here (at most
 * {@link #MAX_REDIRECTS}), timeouts, and a body size limit.
 */
final class Fetcher {
    static final int MAX_REDIRECTS = 5;
    static final String AGENT = "Revue";

    /** A final (non-redirect) answer. */
    record Response(int status, URI uri, String contentType, String etag, String lastModified, byte[] body) {
    }

    /** Why a fetch gave nothing: the message is what the feed's lastError shows. */
    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final boolean allowPrivate;
    private final HostLimiter limiter;
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

    Fetcher(Duration timeout, long maxBytes, Duration hostGap, boolean allowPrivate) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.allowPrivate = allowPrivate;
        this.limiter = new HostLimiter(hostGap);
    }

    /** GET {@code uri} as {@code what} ("feed", "page"), following redirects; robots.txt checked at each hop. */
    Response get(URI uri, Map<String, String> headers, String what) throws FetchException, InterruptedException {
        return get(uri, headers, what, true);
    }

    private Response get(URI uri, Map<String, String> headers, String what, boolean checkRobots)
            throws FetchException, InterruptedException {
        for (int hop = 0; ; hop++) {
            check(uri);
            if (checkRobots && !robots(uri).isAllowed(uri.toString())) {
                throw new FetchException("disallowed by robots.txt: " + uri);
            }
            HttpResponse<byte[]> r = send(uri, headers, what);
            int s = r.statusCode();
            String location = r.headers().firstValue("Location").orElse(null);
            if ((s == 301 || s == 302 || s == 303 || s == 307 || s == 308) && location != null) {
                if (hop >= MAX_REDIRECTS) {
                    throw new FetchException("too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                try {
                    uri = uri.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("bad redirect location: " + location);
                }
                continue;
            }
            return new Response(s, uri, r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null), r.body());
        }
    }

    /** Scheme, host, and (unless allowed) no private, loopback or link-local address. */
    private void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https are fetched: " + uri);
        }
        if (uri.getHost() == null) {
            throw new FetchException("no host in " + uri);
        }
        if (allowPrivate) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(a)) {
                    throw new FetchException("private address refused: " + uri.getHost() + " is " + a.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host: " + uri.getHost());
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int x = b[0] & 0xff;
            int y = b[1] & 0xff;
            return x == 0 || x >= 240 || x == 100 && y >= 64 && y < 128 || x == 198 && (y == 18 || y == 19);
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
    }

    /** The rules of the URI's origin: fetched once and cached; an unreachable robots.txt is retried next time. */
    private BaseRobotRules robots(URI uri) throws FetchException, InterruptedException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        BaseRobotRules rules = robots.get(origin);
        if (rules != null) {
            return rules;
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        String where = origin + "/robots.txt";
        Response r = get(URI.create(where), Map.of(), "robots.txt", false); // errors say "robots.txt …"
        if (r.status() >= 200 && r.status() < 300) {
            rules = parser.parseContent(where, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(AGENT.toLowerCase(Locale.ROOT)));
        } else if (r.status() >= 400 && r.status() < 500) {
            rules = parser.failedFetch(r.status()); // no robots.txt: everything allowed
        } else {
            throw new FetchException("robots.txt unavailable: HTTP " + r.status());
        }
        robots.put(origin, rules);
        return rules;
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers, String what)
            throws FetchException, InterruptedException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(uri).GET().timeout(timeout).header("User-Agent", AGENT + "/0.1");
        } catch (IllegalArgumentException e) {
            throw new FetchException("bad URL: " + uri);
        }
        headers.forEach(b::header);
        limiter.acquire(uri.getHost());
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), info -> new Limited(maxBytes));
        try {
            return f.get(2 * timeout.toMillis(), TimeUnit.MILLISECONDS); // headers within timeout, body soon after
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new FetchException(what + " timed out after " + seconds(timeout));
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof TooLarge) {
                throw new FetchException(what + " too large (over " + size(maxBytes) + ")");
            }
            if (c instanceof HttpConnectTimeoutException) {
                throw new FetchException(what + " connect timed out after " + seconds(timeout));
            }
            if (c instanceof HttpTimeoutException) {
                throw new FetchException(what + " timed out after " + seconds(timeout));
            }
            if (c instanceof ConnectException) {
                throw new FetchException(what + " connection refused: " + uri.getAuthority());
            }
            if (c instanceof IOException && c.getCause() instanceof TooLarge) {
                throw new FetchException(what + " too large (over " + size(maxBytes) + ")");
            }
            throw new FetchException(what + " fetch failed: " + (c.getMessage() != null ? c.getMessage() : c.toString()));
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large");
        }
    }

    /** Collects the body, cancelling once it passes the limit. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription sub;

        Limited(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            sub = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    sub.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }
    }
}
