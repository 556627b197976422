package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** The module tools with an organization credential: its own module, tenant modules, and the partner refusal. */
class OrganizationModuleToolsTest extends io.centralbridge.support.OrganizationAppTest {



    @Test
    void organizationTenantsAndAdminsComeFromTheGlobalHostWithTheOrganizationHeader() {
        Api.Response tenants = api.tool("sophos_organization_get", Map.of("path", "tenants", "follow_pages", true,
                "response_filter", "items[].id"));
        assertThat(tenants.status()).as(tenants.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        tenants.body().path("result").forEach(n -> ids.add(n.asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                sandbox.world().organizationTenants().stream().map(SandboxTenant::id).toList());

        Api.Response admins = api.tool("sophos_organization_get", Map.of("path", "admins"));
        assertThat(admins.status()).as(admins.text()).isEqualTo(200);
        assertThat(admins.body().path("items")).isNotEmpty();
        assertThat(sandbox.requests().all()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.server()).isEqualTo("global");
            assertThat(s.header("X-Organization-ID")).isEqualTo(sandbox.world().organizationId());
            assertThat(s.header("X-Tenant-ID")).isNull();
            assertThat(s.header("X-Partner-ID")).isNull();
        });
    }

    @Test
    void theTenantModulesReachAnOrganizationTenantInItsRegion() {
        SandboxTenant t = sandbox.world().organizationTenants().get(1);
        Api.Response r = api.tool("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "endpoint-groups"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(sandbox.requests().all()).singleElement().satisfies(s -> {
            assertThat(s.server()).isEqualTo(t.dataRegion());
            assertThat(s.header("X-Tenant-ID")).isEqualTo(t.id());
            assertThat(s.header("X-Organization-ID")).isNull();
        });
    }

    @Test
    void thePartnerToolRefusesAnOrganizationCredentialAndSendsNothing() {
        Api.Response r = api.tool("sophos_partner_get", Map.of("path", "tenants"));

        assertThat(r.status()).isEqualTo(400);
        JsonNode b = r.body();
        assertThat(b.path("requiredCredential").asText()).isEqualTo("partner");
        assertThat(b.path("credential").asText()).isEqualTo("organization");
        assertThat(b.path("detail").asText()).contains("needs a partner credential");
        assertThat(sandbox.requests().all()).isEmpty();
    }
}
