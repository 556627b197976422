package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile path, query and parameter is a 400 and reaches nothing: the sandbox's request log stays empty.
 * Headers are never taken from the caller, so smuggling one is only possible through a path or a query value,
 * and those are what the table tries.
 */
class HostileModuleInputTest extends PartnerAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for the id of a tenant of the sandbox; replaced before the call. */
    private static final String T = "$TENANT";

    static Stream<Arguments> hostile() {
        List<Arguments> rows = new ArrayList<>();
        // traversal, plain and in every encoding
        path(rows, "../alerts");
        path(rows, "..");
        path(rows, ".");
        path(rows, "endpoints/../../common/v1/alerts");
        path(rows, "endpoints/./x");
        path(rows, "endpoint/v1/../../partner/v1/tenants");
        path(rows, "%2e%2e/common/v1/alerts");
        path(rows, "%2E%2E/common/v1/alerts");
        path(rows, "%2e./common");
        path(rows, ".%2E/common");
        path(rows, "%252e%252e/common/v1/alerts");
        path(rows, "%25252e%25252e/common");
        path(rows, "endpoints%2f..%2f..%2fpartner");
        path(rows, "endpoints%2F..%2Fx");
        path(rows, "%2e%2e%2f%2e%2e%2fpartner%2fv1%2ftenants");
        path(rows, "..%5ccommon");
        path(rows, "..%5C..%5Cpartner");
        path(rows, "..%255cpartner");
        path(rows, "endpoints/%c0%ae%c0%ae/x");
        path(rows, "endpoints/\uFF0E\uFF0E/x");
        path(rows, "..;/common/v1/alerts");
        path(rows, "endpoints/..%00/x");
        // backslashes
        path(rows, "..\\common\\v1");
        path(rows, "endpoints\\..\\..\\partner");
        path(rows, "\\\\evil.example\\share");
        // absolute URLs, schemes, hosts
        path(rows, "http://evil.example/endpoint/v1/endpoints");
        path(rows, "https://api.central.sophos.com/partner/v1/tenants");
        path(rows, "HTTP://EVIL.EXAMPLE/");
        path(rows, "//evil.example/endpoint/v1/endpoints");
        path(rows, "user@evil.example/endpoints");
        path(rows, "evil.example:443/endpoints");
        path(rows, "file:///etc/passwd");
        // query and fragment in the path, empty segments
        path(rows, "endpoints?view=full");
        path(rows, "endpoints#top");
        path(rows, "endpoints//x");
        path(rows, "/");
        path(rows, "endpoints/ x");
        // CR/LF, NUL and other controls: header smuggling through the path
        path(rows, "endpoints\r\nX-HTTP-Method-Override: DELETE");
        path(rows, "endpoints%0d%0aX-HTTP-Method-Override:%20DELETE");
        path(rows, "endpoints\n");
        path(rows, "endpoints\u0000");
        path(rows, "endpoints%00");
        path(rows, "endpoints\t");
        // method override and smuggling through query_params
        query(rows, Map.of("_method", "DELETE"));
        query(rows, Map.of("X-HTTP-Method-Override", "DELETE"));
        query(rows, Map.of("x-http-method-override", "PATCH"));
        query(rows, Map.of("X-Method-Override", "PUT"));
        query(rows, Map.of("X-HTTP-Method", "POST"));
        query(rows, Map.of("view", "full\r\nX-Tenant-ID: 00000000-0000-0000-0000-000000000000"));
        query(rows, Map.of("view", "basic\u0000"));
        query(rows, Map.of("view", "a\nb"));
        query(rows, Map.of("ids", List.of("a", "b\r\nHost: evil.example")));
        query(rows, Map.of("view\r\nX-Partner-ID", "1"));
        query(rows, Map.of("", "x"));
        query(rows, Map.of("view", Map.of("nested", "x")));
        query(rows, Map.of("ids", List.of(List.of("nested"))));
        query(rows, Map.of("ids", List.of()));
        // parameters a module tool does not have: no way to choose a method or a header
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", "endpoints", "method", "DELETE"));
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", "endpoints",
                "headers", Map.of("X-HTTP-Method-Override", "DELETE")));
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", "../../partner", "path", "endpoints"));
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", "endpoints", "follow_pages", true,
                "query_params", Map.of("pageFromKey", "x")));
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", "endpoints", "response_filter", "items[?"));
        // other modules, other hosts
        row(rows, "sophos_partner_get", Map.of("path", "../../endpoint/v1/endpoints"));
        row(rows, "sophos_partner_get", Map.of("path", "tenants", "tenant_id", T));
        row(rows, "sophos_licensing_get", Map.of("tenant_id", T, "path", "..%2f..%2fpartner%2fv1%2ftenants"));
        row(rows, "sophos_common_get", Map.of("tenant_id", T, "path", "common/v1/alerts"));
        row(rows, "sophos_audit_get", Map.of("tenant_id", T, "path", "../../siem/v1/events"));
        return rows.stream();
    }

    private static void path(List<Arguments> rows, String path) {
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", path));
    }

    private static void query(List<Arguments> rows, Map<String, Object> query) {
        row(rows, "sophos_endpoint_get", Map.of("tenant_id", T, "path", "endpoints", "query_params", query));
    }

    private static void row(List<Arguments> rows, String tool, Map<String, Object> params) {
        rows.add(Arguments.of(tool, new LinkedHashMap<>(params)));
    }

    @Test
    void theTableHasAtLeastFortyRows() {
        assertThat(hostile().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("hostile")
    void isRefusedWith400AndNothingIsSent(String tool, Map<String, Object> params) {
        SandboxTenant t = sandbox.world().tenants().get(0);
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.replaceAll((k, v) -> T.equals(v) ? t.id() : v);

        Api.Response r = api.tool(tool, p);

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("detail").asText()).isNotBlank();
        assertThat(r.body().path("field").asText()).as("the parameter named").isNotBlank();
        assertThat(sandbox.requests().all()).as("requests the sandbox saw").isEmpty();
    }

    @Test
    void headersTheCallerSendsNeverTravelUpstream() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(1);
        SandboxTenant other = sandbox.world().tenants().get(2);
        String endpointId = sandbox.world().endpoints(t.id()).get(0).get("id").asText();
        String body = JSON.writeValueAsString(Map.of("tenant_id", t.id(), "path", "endpoints/" + endpointId));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + env.getProperty("local.server.port")
                        + "/api/tools/sophos_endpoint_get"))
                .header("Authorization", "Bearer " + TestSandboxes.API_KEY)
                .header("Content-Type", "application/json")
                .header("X-HTTP-Method-Override", "DELETE")
                .header("X-Method-Override", "DELETE")
                .header("X-Tenant-ID", other.id())
                .header("X-Partner-ID", "00000000-0000-0000-0000-000000000000")
                .header("X-Forwarded-Host", "evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<RecordedRequest> seen = sandbox.requests().all();
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo("GET");
            assertThat(s.path()).isEqualTo("/endpoint/v1/endpoints/" + endpointId);
            assertThat(s.server()).isEqualTo(t.dataRegion());
            assertThat(s.header("X-Tenant-ID")).isEqualTo(t.id());
            assertThat(s.header("X-Partner-ID")).isNull();
            assertThat(s.header("X-HTTP-Method-Override")).isNull();
            assertThat(s.header("X-Method-Override")).isNull();
            assertThat(s.header("X-Forwarded-Host")).isNull();
        });
    }
}
