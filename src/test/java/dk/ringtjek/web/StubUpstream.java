package dk.ringtjek.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the app behind nginx in {@link NginxConfigTest}: answers the way the app's contract
 * says its pages do (public pages with s-maxage and a strong ETag, gzip when asked), plus the kinds of
 * answer a shared cache must never keep, and remembers every request that reached it.
 */
final class StubUpstream implements AutoCloseable {

    static final String PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=600, stale-while-revalidate=30";
    static final String ETAG = "\"page-v1\"";

    /** One request as the upstream saw it. */
    record Seen(String path, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();

    StubUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::answer);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    static String bodyOf(String path) {
        return "<!doctype html><title>" + path + "</title><p>The page at " + path + "</p>";
    }

    List<Seen> seen(String path) {
        return seen.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(path, exchange.getRequestHeaders()));
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/html;charset=UTF-8");
        headers.set("Vary", "Accept-Encoding");
        if (path.startsWith("/public/")) {
            headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
            headers.set("ETag", ETAG);
        } else if (path.startsWith("/cookie/")) {
            // cacheable by its Cache-Control, but it sets a cookie: a shared cache must not keep it
            headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
            headers.set("Set-Cookie", "csrf-token=per-visitor; Path=/; HttpOnly");
        } else {
            headers.set("Cache-Control", "private, no-store");
        }
        byte[] body = bodyOf(path).getBytes(StandardCharsets.UTF_8);
        String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            body = gzip(body);
            headers.set("Content-Encoding", "gzip");
        }
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
        } else {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
