package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No answer, REST or MCP, carries a stack trace, an exception class or a framework's own message: a table of
 * the requests that reach Spring's and the MCP SDK's error paths rather than ours.
 */
class InternalsInAnswersTest extends PartnerAppTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String KEY = "Bearer " + TestSandboxes.API_KEY;
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    private static final String MCP_ACCEPT = "application/json, text/event-stream";

    record Row(String name, String method, String path, Map<String, String> headers, String body, boolean session) {
    }

    private static Row row(String name, String method, String path, String body, String... headers) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new Row(name, method, path, h, body, false);
    }

    private static Row mcp(String name, String body, boolean session, String... headers) {
        Row r = row(name, "POST", "/mcp", body, headers);
        return new Row(r.name(), r.method(), r.path(), r.headers(), r.body(), session);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Spring's and Tomcat's own error paths
        rows.add(row("GET /error", "GET", "/error", null));
        rows.add(row("POST /error", "POST", "/error", "{}", "Content-Type", "application/json"));
        rows.add(row("unknown path", "GET", "/no/such/thing", null));
        rows.add(row("unknown path under /api", "GET", "/api/nope", null, "Authorization", KEY));
        rows.add(row("wrong method on /api/tools", "DELETE", "/api/tools", null, "Authorization", KEY));
        rows.add(row("GET on a tool", "GET", "/api/tools/list_tenants", null, "Authorization", KEY));
        rows.add(row("PUT on a tool", "PUT", "/api/tools/list_tenants", "{}", "Authorization", KEY,
                "Content-Type", "application/json"));
        rows.add(row("text/plain body", "POST", "/api/tools/list_tenants", "x", "Authorization", KEY,
                "Content-Type", "text/plain"));
        rows.add(row("xml body", "POST", "/api/tools/list_tenants", "<a/>", "Authorization", KEY,
                "Content-Type", "application/xml"));
        rows.add(row("form body", "POST", "/api/tools/list_tenants", "a=b", "Authorization", KEY,
                "Content-Type", "application/x-www-form-urlencoded"));
        rows.add(row("bad content type", "POST", "/api/tools/list_tenants", "{}", "Authorization", KEY,
                "Content-Type", "no/such;;=="));
        rows.add(row("Accept xml", "POST", "/api/tools/list_tenants", "{}", "Authorization", KEY,
                "Content-Type", "application/json", "Accept", "application/xml"));
        rows.add(row("Accept html on the list", "GET", "/api/tools", null, "Authorization", KEY, "Accept", "text/html"));
        rows.add(row("malformed JSON", "POST", "/api/tools/list_tenants", "{\"a\":", "Authorization", KEY,
                "Content-Type", "application/json"));
        rows.add(row("unknown tool", "POST", "/api/tools/no_such_tool%24%7Bjndi%3Aldap%7D", "{}", "Authorization", KEY,
                "Content-Type", "application/json"));
        rows.add(row("encoded slash in the tool name", "POST", "/api/tools/a%2Fb", "{}", "Authorization", KEY,
                "Content-Type", "application/json"));
        rows.add(row("encoded traversal", "POST", "/api/tools/%2e%2e%2factuator", "{}", "Authorization", KEY,
                "Content-Type", "application/json"));
        rows.add(row("semicolon path parameter", "POST", "/api/tools/list_tenants;jsessionid=1", "{}",
                "Authorization", KEY, "Content-Type", "application/json"));
        rows.add(row("no API key", "POST", "/api/tools/list_tenants", "{}"));
        rows.add(row("404 under /actuator", "GET", "/actuator/nope", null));
        rows.add(row("actuator env", "GET", "/actuator/env", null));
        rows.add(row("actuator heapdump", "GET", "/actuator/heapdump", null));
        rows.add(row("POST to actuator health", "POST", "/actuator/health", "{}", "Content-Type", "application/json"));
        // MCP protocol errors, produced by the SDK's servlet transport
        rows.add(mcp("MCP without a session id", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", false,
                "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP unknown session id", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", false,
                "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT,
                "Mcp-Session-Id", "no-such-session"));
        rows.add(mcp("MCP wrong Accept", INITIALIZE, false, "Authorization", KEY, "Content-Type", "application/json",
                "Accept", "text/html"));
        rows.add(mcp("MCP no Accept", INITIALIZE, false, "Authorization", KEY, "Content-Type", "application/json"));
        rows.add(mcp("MCP text/plain", INITIALIZE, false, "Authorization", KEY, "Content-Type", "text/plain",
                "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP malformed JSON", "{\"jsonrpc\":", false, "Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP malformed JSON in a session", "{\"jsonrpc\":", true, "Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP not JSON-RPC", "{\"hello\":1}", true, "Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP a batch", "[" + INITIALIZE + "]", false, "Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP unknown method", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such\"}", true,
                "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP tools/call without params", "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\"}", true,
                "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP tools/call with params a string",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":\"x\"}", true,
                "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP resources/read of a bad uri",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"resources/read\",\"params\":{\"uri\":\"file:///etc/passwd\"}}",
                true, "Authorization", KEY, "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(mcp("MCP second initialize in a session", INITIALIZE, true, "Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT));
        rows.add(row("MCP GET with a wrong Accept", "GET", "/mcp", null, "Authorization", KEY, "Accept", "text/html"));
        rows.add(row("MCP GET unknown session", "GET", "/mcp", null, "Authorization", KEY,
                "Accept", "text/event-stream", "Mcp-Session-Id", "no-such-session"));
        rows.add(row("MCP DELETE unknown session", "DELETE", "/mcp", null, "Authorization", KEY,
                "Mcp-Session-Id", "no-such-session"));
        rows.add(row("MCP PUT", "PUT", "/mcp", "{}", "Authorization", KEY, "Content-Type", "application/json"));
        rows.add(row("MCP subpath", "POST", "/mcp/x", "{}", "Authorization", KEY, "Content-Type", "application/json"));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> noAnswerCarriesAStackTraceAnExceptionClassOrAFrameworkMessage() {
        int port = Integer.parseInt(env.getProperty("local.server.port"));
        return rows().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            Map<String, String> headers = new LinkedHashMap<>(r.headers());
            if (r.session()) {
                headers.put("Mcp-Session-Id", session(port));
            }
            RawHttp.Answer a = RawHttp.send(port, r.method(), r.path(), headers,
                    r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8));
            String what = r.name() + " -> " + a.status() + " " + a.contentType() + " " + a.body();
            AnswerScanner.assertNoInternals(a.body(), what);
            assertThat(a.status()).as(what).isLessThan(500);
            if (r.path().equals("/mcp") && a.status() >= 400 && !a.body().isBlank()) {
                // the SDK's protocol errors stay JSON-RPC errors, with a message a client can show
                var err = JSON.readTree(a.body()).path("error");
                assertThat(err.path("code").isInt()).as(what).isTrue();
                assertThat(err.path("message").asText()).as(what).isNotBlank();
            }
            if (a.status() >= 400 && !a.body().isBlank()) {
                // an error says so as JSON: problem+json for REST, JSON-RPC for MCP
                assertThat(a.contentType()).as(what).containsAnyOf("application/problem+json", "application/json",
                        "text/event-stream");
            }
        }));
    }

    /** A fresh MCP session id, by an initialize call. */
    private static String session(int port) {
        RawHttp.Answer a = RawHttp.send(port, "POST", "/mcp", Map.of("Authorization", KEY,
                "Content-Type", "application/json", "Accept", MCP_ACCEPT), INITIALIZE.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String id = a.header("Mcp-Session-Id");
        assertThat(id).isNotBlank();
        RawHttp.send(port, "POST", "/mcp", Map.of("Authorization", KEY, "Content-Type", "application/json",
                "Accept", MCP_ACCEPT, "Mcp-Session-Id", id),
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}".getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
