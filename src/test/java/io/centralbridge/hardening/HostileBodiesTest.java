package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Raw hostile bodies to POST /api/tools/{name}: a 400 or a 413, never a 500, and nothing sent upstream. */
class HostileBodiesTest extends PartnerAppTest {

    static Map<String, byte[]> bodies() {
        Map<String, byte[]> b = new LinkedHashMap<>();
        b.put("not JSON", utf8("tenant_id=1&x=2"));
        b.put("half an object", utf8("{\"tenant_id\":"));
        b.put("a JSON array", utf8("[{\"tenant_id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}]"));
        b.put("a JSON string", utf8("\"x\""));
        b.put("a JSON number", utf8("42"));
        b.put("JSON null", utf8("null"));
        b.put("two objects", utf8("{}{}"));
        b.put("trailing garbage", utf8("{} x"));
        b.put("duplicate keys", utf8("{\"max_records\":1,\"max_records\":2}"));
        b.put("a NUL byte", new byte[] {'{', 0, '}'});
        b.put("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        b.put("a lone surrogate escape as a key", utf8("{\"\\uD800\":1}"));
        b.put("10k levels of arrays", utf8("[".repeat(10_000) + "]".repeat(10_000)));
        b.put("10k levels of objects", utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        b.put("10 MB string", utf8("{\"tenant_id\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}"));
        b.put("10 MB of whitespace", utf8(" ".repeat(10 * 1024 * 1024) + "{}"));
        b.put("a huge number", utf8("{\"max_records\":1" + "0".repeat(5000) + "}"));
        return b;
    }

    @TestFactory
    Stream<DynamicTest> hostileBodiesAreA400OrA413AndReachNothing() {
        int port = Integer.parseInt(env.getProperty("local.server.port"));
        String tenant = sandbox.world().tenants().get(0).id();
        // the 10 MB bodies go to one tool only: they cost seconds each and test the same limit
        return bodies().entrySet().stream().flatMap(e -> (e.getKey().startsWith("10 MB") ? Stream.of("list_endpoints")
                : Stream.of("list_endpoints", "list_tenants"))
                .map(tool -> DynamicTest.dynamicTest(tool + ": " + e.getKey(), () -> {
                    sandbox.requests().clear();
                    RawHttp.Answer a = RawHttp.send(port, "POST", "/api/tools/" + tool + "?tenant_id=" + tenant,
                            Map.of("Authorization", "Bearer " + TestSandboxes.API_KEY, "Content-Type", "application/json"),
                            e.getValue());
                    String what = tool + " " + e.getKey() + " -> " + a.status() + " " + cut(a.body());
                    assertThat(a.status()).as(what).isIn(400, 413);
                    assertThat(a.contentType()).as(what).startsWith("application/problem+json");
                    AnswerScanner.assertNoInternals(a.body(), what);
                    assertThat(sandbox.requests().all()).as(what).isEmpty();
                })));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
