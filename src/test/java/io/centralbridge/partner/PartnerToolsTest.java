package io.centralbridge.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partner tenant writes on the global host with X-Partner-ID, at the configured (UNCONFIRMED) paths. */
class PartnerToolsTest extends WriteAppTest {

    private JsonNode listed(String tenantId) {
        Api.Response r = api.tool("list_tenants", "{}");
        for (JsonNode t : r.body().path("tenants")) {
            if (tenantId.equals(t.path("id").asText())) {
                return t;
            }
        }
        throw new AssertionError("tenant not listed: " + tenantId);
    }

    @Test
    void aTenantIsRenamedAndListTenantsShowsTheNewName() {
        SandboxTenant t = tenant(11);
        String original = t.showAs();
        JsonNode req = dryRun("update_tenant", params("tenant_id", t.id(), "show_as", "Renamed Eleven")).get(0);
        assertThat(req.path("method").asText()).isEqualTo("PATCH");
        assertThat(req.path("host").asText()).isEqualTo(sandbox.globalUrl());
        assertThat(req.path("path").asText()).isEqualTo("/partner/v1/tenants/" + t.id());
        assertThat(req.at("/headers/X-Partner-ID").asText()).isEqualTo(sandbox.world().partnerId());
        assertThat(req.path("headers").has("X-Tenant-ID")).isFalse();
        try {
            Api.Response r = api.tool("update_tenant", Map.of("tenant_id", t.id(), "show_as", "Renamed Eleven"));

            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.body().at("/tenant/showAs").asText()).isEqualTo("Renamed Eleven");
            assertThat(sandbox.requests().matching("PATCH", "/partner/v1/tenants/")).singleElement()
                    .satisfies(q -> assertThat(q.server()).isEqualTo("global"));
            assertThat(listed(t.id()).path("showAs").asText()).isEqualTo("Renamed Eleven");
            assertThat(lastAudit("update_tenant").at("/params/show_as").asText()).isEqualTo("Renamed Eleven");
        } finally {
            // the read tests compare list_tenants with the sandbox: leave the name as it was
            api.tool("update_tenant", Map.of("tenant_id", t.id(), "show_as", original));
        }
        assertThat(listed(t.id()).path("showAs").asText()).isEqualTo(original);
    }

    @Test
    void productSelectionPreviewSendsNoChangeAndTheRealCallReplacesTheSelection() {
        SandboxTenant t = tenant(11);
        List<String> wanted = List.of("coreAgent", "interceptX", "xdr");

        Api.Response preview = api.tool("update_tenant_product_selection", Map.of("tenant_id", t.id(),
                "products", wanted, "preview_only", true));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.body().path("previewOnly").asBoolean()).isTrue();
        assertThat(preview.body().path("added").toString()).contains("xdr");
        assertThat(sandbox.requests().matching("PUT", "/partner/v1/")).isEmpty();

        sandbox.requests().clear();
        JsonNode requests = dryRun("update_tenant_product_selection", params("tenant_id", t.id(), "products", wanted));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).path("method").asText()).isEqualTo("PUT");
        assertThat(requests.get(1).path("path").asText()).isEqualTo("/partner/v1/tenants/" + t.id() + "/products");
        assertThat(requests.get(1).at("/body/products").findValuesAsText("code")).containsExactlyElementsOf(wanted);

        Api.Response r = api.tool("update_tenant_product_selection", Map.of("tenant_id", t.id(), "products", wanted));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("changed").asBoolean()).isTrue();
        assertThat(sandbox.requests().matching("PUT", "/partner/v1/tenants/")).hasSize(1);

        Api.Response readBack = api.tool("update_tenant_product_selection", Map.of("tenant_id", t.id(),
                "products", wanted, "preview_only", true));
        assertThat(readBack.body().path("added")).isEmpty();
        assertThat(readBack.body().path("removed")).isEmpty();
        assertThat(readBack.body().path("before").toString()).contains("xdr").doesNotContain("endpointProtection");
        assertThat(lastAudit("update_tenant_product_selection").path("outcome").asText()).isEqualTo("applied");
    }
}
