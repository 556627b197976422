package io.centralbridge.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class OrganizationModeTest extends io.centralbridge.support.OrganizationAppTest {



    @Test
    void organizationCredentialListsItsTenantsFromTheOrganizationApi() {
        directory.invalidate();
        Api.Response r = api.tool("list_tenants", "{}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("mode").asText()).isEqualTo("organization");
        List<String> expected = sandbox.world().organizationTenants().stream().map(SandboxTenant::id).toList();
        assertThat(r.body().path("tenants").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(expected);
        List<RecordedRequest> reads = sandbox.requests().matching("GET", "/organization/v1/tenants");
        assertThat(reads).isNotEmpty().allSatisfy(c -> {
            assertThat(c.server()).isEqualTo("global");
            assertThat(c.header("X-Organization-ID")).isEqualTo(sandbox.world().organizationId());
            assertThat(c.header("X-Partner-ID")).isNull();
        });
    }

    @Test
    void organizationToolsNeedATenantIdAndReachItInItsRegion() {
        SandboxTenant t = sandbox.world().organizationTenants().get(0);
        assertThat(api.tool("list_users", "{}").status()).isEqualTo(400);

        Api.Response r = api.tool("list_users", "{\"tenant_id\":\"" + t.id() + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("count").asInt()).isEqualTo(sandbox.world().users(t.id()).size());
        assertThat(sandbox.requests().matching("GET", "/common/v1/directory/users"))
                .allSatisfy(c -> assertThat(c.server()).isEqualTo(t.dataRegion()));
    }

    @Test
    void aPartnerTenantOutsideTheOrganizationIs404() {
        List<String> mine = sandbox.world().organizationTenants().stream().map(SandboxTenant::id).toList();
        SandboxTenant other = sandbox.world().tenants().stream().filter(t -> !mine.contains(t.id())).findFirst().orElseThrow();
        assertThat(api.tool("list_endpoints", "{\"tenant_id\":\"" + other.id() + "\"}").status()).isEqualTo(404);
        assertThat(sandbox.requests().matching("GET", "/endpoint/")).isEmpty();
    }
}
