package io.centralbridge.sink.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP receiver that fails a share of requests with a fixed status (503 by default) before reading
 * anything into its log, and keeps every accepted request decompressed, as a SIEM collector would see it.
 */
final class FlakyReceiver implements AutoCloseable {

    record Received(String path, String contentEncoding, String authorization, String body) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Random random = new Random(30);
    private final double failShare;
    private final int failStatus;
    final List<Received> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    private volatile String rejectMarker;
    private volatile int rejectStatus;

    FlakyReceiver(double failShare, int failStatus) throws IOException {
        this.failShare = failShare;
        this.failStatus = failStatus;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code status} to every request whose decompressed body contains {@code marker}. */
    void rejectBodiesContaining(String marker, int status) {
        this.rejectStatus = status;
        this.rejectMarker = marker;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange x) throws IOException {
        requests.incrementAndGet();
        byte[] raw = x.getRequestBody().readAllBytes();
        boolean fail;
        synchronized (random) {
            fail = random.nextDouble() < failShare;
        }
        if (fail) {
            failed.incrementAndGet();
            reply(x, failStatus, "{\"text\":\"Server is busy\",\"code\":9}");
            return;
        }
        String enc = x.getRequestHeaders().getFirst("Content-Encoding");
        InputStream in = new ByteArrayInputStream(raw);
        if ("gzip".equalsIgnoreCase(enc)) {
            in = new GZIPInputStream(in);
        }
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        String marker = rejectMarker;
        if (marker != null && body.contains(marker)) {
            reply(x, rejectStatus, "{\"text\":\"Request entity too large\"}");
            return;
        }
        accepted.add(new Received(x.getRequestURI().getPath(), enc, x.getRequestHeaders().getFirst("Authorization"), body));
        reply(x, 200, "{\"text\":\"Success\",\"code\":0}");
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
