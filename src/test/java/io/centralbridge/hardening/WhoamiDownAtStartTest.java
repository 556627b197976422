package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.centralbridge.Application;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.session.SophosSession;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sophos's whoami is down when the app starts: the app starts anyway, health says DOWN and why, tools answer a
 * clear 502, and once whoami is back the app recovers by itself (nobody polls health in between).
 */
class WhoamiDownAtStartTest {

    /** Command-line arguments: they outrank config/application.yaml, as an operator's environment does. */
    private static String[] args(Map<String, String> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Test
    void theAppStartsDownAndRecoversByItselfWhenWhoamiIsBack() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build())) {
            sandbox.faults().whoamiDown(true);
            SandboxCredential c = sandbox.credential(CredentialKind.PARTNER);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args(Map.of(
                    "sophos.client-id", c.clientId(), "sophos.client-secret", c.clientSecret(),
                    "sophos.identity-url", sandbox.identityUrl(), "sophos.global-url", sandbox.globalUrl(),
                    "sophos.allowed-hosts", "127.0.0.1:*", "sophos.api-keys", FaultAppTest.API_KEY,
                    "server.port", "0", "sophos.sync.enabled", "false",
                    "sophos.upstream.backoff-initial", "20ms", "sophos.upstream.backoff-max", "100ms")))) {
                Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")),
                        FaultAppTest.API_KEY);
                SophosSession session = app.getBean(SophosSession.class);

                Api.Response health = api.get("/actuator/health");
                assertThat(health.status()).as(health.text()).isEqualTo(503);
                assertThat(health.body().path("status").asText()).isEqualTo("DOWN");
                assertThat(health.body().at("/components/sophos/details/reason").asText()).contains("whoami", "503");

                Api.Response tool = api.tool("list_tenants", "{}");
                assertThat(tool.status()).as(tool.text()).isEqualTo(502);
                assertThat(tool.contentType()).contains("application/problem+json");
                assertThat(tool.body().path("correlationId").asText()).isNotBlank();

                sandbox.faults().whoamiDown(false);
                // by itself: the start-up warm-up keeps trying; no health call or tool call in between
                await().atMost(Duration.ofSeconds(30)).until(() -> session.knownIdentity() != null);

                Api.Response up = api.get("/actuator/health");
                assertThat(up.body().path("status").asText()).as(up.text()).isEqualTo("UP");
                assertThat(up.body().at("/components/sophos/details/mode").asText()).isEqualTo("partner");
                Api.Response tenants = api.tool("list_tenants", "{}");
                assertThat(tenants.status()).as(tenants.text()).isEqualTo(200);
                assertThat(tenants.body().path("count").asInt()).isEqualTo(sandbox.world().tenants().size());
            }
        }
    }
}
