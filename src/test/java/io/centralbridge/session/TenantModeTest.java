package io.centralbridge.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxCredential;
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

class TenantModeTest extends io.centralbridge.support.TenantAppTest {

    SandboxTenant self;

    @org.junit.jupiter.api.BeforeEach
    void setUpSelf() {
        SandboxCredential c = sandbox.credential(CredentialKind.TENANT);
        self = sandbox.world().tenant(c.principalId());
    }


    @Test
    void aTenantCredentialListsItselfOnceWithItsWhoamiRegionHost() {
        Api.Response r = api.tool("list_tenants", "{}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("mode").asText()).isEqualTo("tenant");
        assertThat(r.body().path("tenants")).hasSize(1);
        assertThat(r.body().path("tenants").get(0).path("id").asText()).isEqualTo(self.id());
        assertThat(r.body().path("tenants").get(0).path("apiHost").asText()).isEqualTo(self.apiHost());
    }

    @Test
    void toolsNeedNoTenantIdAndGoToTheDataRegionWithTheOwnTenantHeader() {
        Api.Response r = api.tool("list_endpoints", "{}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("total").asInt()).isEqualTo(sandbox.world().endpoints(self.id()).size());
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.server()).isEqualTo(self.dataRegion());
            assertThat(c.header("X-Tenant-ID")).isEqualTo(self.id());
        });
        assertThat(sandbox.requests().matching("GET", "/partner/")).isEmpty();
    }

    @Test
    void anotherTenantIdIs404() {
        String other = sandbox.world().tenants().get(5).id();
        assertThat(api.tool("list_users", "{\"tenant_id\":\"" + other + "\"}").status()).isEqualTo(404);
        assertThat(api.tool("list_users", "{\"tenant_id\":\"" + self.id() + "\"}").status()).isEqualTo(200);
    }
}
