package io.centralbridge.expose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;

class RestApiTest extends PartnerAppTest {

    private Api anonymous() {
        return new Api(Integer.parseInt(env.getProperty("local.server.port")), null);
    }

    @Test
    void callersNeedAnApiKey() {
        assertThat(anonymous().get("/api/tools").status()).isEqualTo(401);
        Api.Response r = anonymous().tool("list_tenants", "{}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Api wrong = new Api(Integer.parseInt(env.getProperty("local.server.port")), "wrong-key");
        assertThat(wrong.tool("list_tenants", "{}").status()).isEqualTo(401);
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void theCatalogueListsEveryToolWithAccessAndSchema() {
        Api.Response r = api.get("/api/tools");
        assertThat(r.status()).isEqualTo(200);
        JsonNode tools = r.body().path("tools");
        assertThat(tools.findValuesAsText("name")).contains("list_tenants", "get_account_health_check",
                "list_alerts", "list_endpoints", "list_users", "get_qbr_summary");
        for (JsonNode t : tools) {
            assertThat(t.path("description").asText()).hasSizeGreaterThan(40);
            assertThat(t.path("access").asText()).isIn("read", "write");
            assertThat(t.path("inputSchema").path("type").asText()).isEqualTo("object");
            assertThat(t.path("requiredRole").asText()).startsWith("Service Principal");
        }
    }

    @Test
    void unknownToolsAndPathsAre404ProblemsWithoutInternals() {
        Api.Response r = api.tool("no_such_tool", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("detail").asText()).contains("/api/tools");
        Api.Response other = api.get("/api/nothing-here");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("Exception").doesNotContain("springframework");
    }

    @Test
    void wrongMethodIs405AndNotAStackTrace() {
        Api.Response r = api.send("DELETE", "/api/tools/list_tenants", null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.text()).doesNotContain("Exception");
    }

    @Test
    void healthShowsSophosReachableAndTheCredentialMode() {
        Api.Response r = anonymous().get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().at("/components/sophos/status").asText()).isEqualTo("UP");
        assertThat(r.body().at("/components/sophos/details/mode").asText()).isEqualTo("partner");
        assertThat(r.text()).doesNotContain(sandbox.credential(io.centralbridge.sandbox.CredentialKind.PARTNER).clientSecret());
    }
}
