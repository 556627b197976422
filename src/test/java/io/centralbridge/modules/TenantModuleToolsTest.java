package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.support.Api;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The module tools with a tenant credential: tenant modules without tenant_id, and the partner/organization refusals. */
class TenantModuleToolsTest extends io.centralbridge.support.TenantAppTest {



    private SandboxTenant self() {
        return sandbox.world().tenant(sandbox.credential(CredentialKind.TENANT).principalId());
    }

    @Test
    void theTenantModulesNeedNoTenantIdWithATenantCredential() {
        SandboxTenant t = self();
        Api.Response r = api.tool("sophos_endpoint_get", Map.of("path", "endpoints", "follow_pages", true,
                "max_records", 5, "response_filter", "{n: count, more: truncated}"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("n").asInt()).isEqualTo(5);
        Api.Response lic = api.tool("sophos_licensing_get", Map.of("path", "licenses"));
        assertThat(lic.status()).as(lic.text()).isEqualTo(200);
        assertThat(lic.body().at("/tenant/id").asText()).isEqualTo(t.id());
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.server()).isEqualTo(t.dataRegion()));
        assertThat(sandbox.requests().matching("GET", "/licenses/v1/licenses")).singleElement()
                .satisfies(s -> {
                    assertThat(s.server()).isEqualTo("global");
                    assertThat(s.header("X-Tenant-ID")).isEqualTo(t.id());
                });
    }

    @Test
    void thePartnerAndOrganizationToolsRefuseATenantCredentialAndSendNothing() {
        for (String[] c : new String[][] {{"sophos_partner_get", "partner"}, {"sophos_organization_get", "organization"}}) {
            Api.Response r = api.tool(c[0], Map.of("path", "tenants"));
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            JsonNode b = r.body();
            assertThat(b.path("requiredCredential").asText()).isEqualTo(c[1]);
            assertThat(b.path("credential").asText()).isEqualTo("tenant");
            assertThat(b.path("detail").asText()).contains("needs a " + c[1] + " credential");
        }
        assertThat(sandbox.requests().all()).isEmpty();
    }
}
