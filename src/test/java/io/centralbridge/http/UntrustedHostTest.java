package io.centralbridge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.support.Api;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Only the configured identity and global URLs are trusted here (no SOPHOS_ALLOWED_HOSTS), so the tenants'
 * regional apiHosts, which arrive from the network, must be refused before a token is sent to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UntrustedHostTest {

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.PARTNER);
        r.add("sophos.allowed-hosts", () -> "");
    }

    @Autowired
    Environment env;

    @Test
    void aTenantWhoseApiHostIsNotAllowedIsRefusedAndNothingIsSentToIt() {
        Sandbox sandbox = TestSandboxes.of(CredentialKind.PARTNER);
        Api api = new Api(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
        String tenant = sandbox.world().tenants().get(0).id();
        assertThat(api.tool("list_tenants", "{}").status()).isEqualTo(200);
        sandbox.requests().clear();

        Api.Response r = api.tool("list_endpoints", "{\"tenant_id\":\"" + tenant + "\"}");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body().path("detail").asText()).contains("allow-list").contains("SOPHOS_ALLOWED_HOSTS");
        assertThat(sandbox.requests().all()).isEmpty();
    }
}
