package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The app as its own process (sandbox mode), with MCP streams left open by clients that went away: an
 * initialized session's GET event stream and a long tools/call in flight. SIGTERM must end it within 10 s.
 * Run with LOG_FORMAT=json, it also shows the JSON log lines, the upstream ones with the call's toolCall id.
 */
class ShutdownTest {

    private static final String KEY = "shutdown-test-key-0123456789";
    private static final Pattern PORT = Pattern.compile("Tools:\\s+http://127\\.0\\.0\\.1:(\\d+)/api/tools");

    @Test
    void sigtermEndsTheAppWithinTenSecondsDespiteAbandonedMcpStreams() throws Exception {
        Path log = Files.createTempFile("centralbridge-shutdown", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.centralbridge.Application",
                "--server.port=0", "--sophos.api-keys=" + KEY, "--sophos.sync.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SOPHOS_") || k.equals("SERVER_PORT"));
        // the documented JSON option, checked on the way
        pb.environment().put("LOG_FORMAT", "json");
        Process app = pb.start();
        List<Socket> abandoned = new ArrayList<>();
        try {
            int port = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> port(log, app), p -> p > 0);

            String session = initialize(port, abandoned);
            post(port, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", abandoned);
            // the server-to-client event stream, then a long call streamed as SSE: both left open, never read again
            send(port, "GET /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
                    + "\r\nAccept: text/event-stream\r\nMcp-Session-Id: " + session + "\r\n\r\n", abandoned);
            post(port, session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"run_data_lake_query\",\"arguments\":{\"tenant_id\":\"" + firstTenant(port) + "\",\"sql\":"
                    + "\"SELECT meta_hostname FROM xdr_data\",\"wait_seconds\":300}}}", abandoned);

            await().atMost(Duration.ofSeconds(20)).until(() -> Files.readAllLines(log).stream()
                    .anyMatch(l -> l.startsWith("{") && l.contains("Sophos POST /xdr-query") && l.contains("\"toolCall\"")));
            assertThat(Files.readAllLines(log).stream().filter(l -> l.contains("\"@timestamp\"")).count())
                    .as("log lines are JSON objects").isGreaterThan(10);

            long start = System.nanoTime();
            app.destroy(); // SIGTERM
            boolean ended = app.waitFor(10, TimeUnit.SECONDS);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(ended).as("the app was still running 10 s after SIGTERM; its output:\n" + tail(log)).isTrue();
            assertThat(app.exitValue()).as(tail(log)).isIn(0, 143);
            System.out.println("shutdown after SIGTERM took " + took + " ms; "
                    + Files.readAllLines(log).stream().filter(l -> l.contains("MCP closed")).findFirst().orElse(""));
        } finally {
            app.destroyForcibly();
            for (Socket s : abandoned) {
                s.close();
            }
        }
    }

    private static int port(Path log, Process app) throws IOException {
        if (!app.isAlive()) {
            throw new IllegalStateException("the app ended at start:\n" + tail(log));
        }
        Matcher m = PORT.matcher(Files.readString(log));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String initialize(int port, List<Socket> open) throws IOException {
        Socket s = post(port, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"gone\",\"version\":\"1\"}}}", open);
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("mcp-session-id:")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        throw new IllegalStateException("initialize answered no Mcp-Session-Id");
    }

    private static Socket post(int port, String session, String json, List<Socket> open) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(port, "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + (session == null ? "" : "Mcp-Session-Id: " + session + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n" + json, open);
    }

    private static Socket send(int port, String request, List<Socket> open) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        open.add(s);
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    private static String firstTenant(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("POST /api/tools/list_tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + KEY + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.UTF_8));
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException("list_tenants answered no tenant: " + answer);
            }
            return m.group(1);
        }
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log);
            return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
