package io.centralbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.security.ApiKeys;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** No credentials at all: the app starts its own sandbox and a generated API key, as ./mvnw spring-boot:run does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sophos.client-id=", "sophos.api-keys=", "server.port=0"})
class SandboxModeTest {

    @Autowired
    Environment env;
    @Autowired
    ApiKeys keys;
    @Autowired
    Sandbox sandbox;

    @Test
    void withoutCredentialsTheEmbeddedSandboxServesEveryTool() {
        String key = keys.generatedKey().orElseThrow();
        Api api = new Api(Integer.parseInt(env.getProperty("local.server.port")), key);

        Api.Response tenants = api.tool("list_tenants", "{}");
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.body().path("mode").asText()).isEqualTo("partner");
        assertThat(tenants.body().path("count").asInt()).isEqualTo(12);
        String tenant = tenants.body().path("tenants").get(0).path("id").asText();
        for (String tool : new String[] {"get_account_health_check", "list_alerts", "list_endpoints", "list_users",
                "get_qbr_summary"}) {
            assertThat(api.tool(tool, "{\"tenant_id\":\"" + tenant + "\"}").status()).as(tool).isEqualTo(200);
        }
        assertThat(sandbox.requests().count()).isGreaterThan(5);
    }
}
