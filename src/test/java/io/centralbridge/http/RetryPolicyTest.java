package io.centralbridge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetryPolicyTest extends PartnerAppTest {

    private static final String HEALTH = "/account-health-check/v1/health-check";

    @Autowired
    SophosClient client;

    private String tenantParams(SandboxTenant t) {
        return "{\"tenant_id\":\"" + t.id() + "\"}";
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterAndTheReadSucceeds() {
        SandboxTenant t = sandbox.world().tenants().get(1);
        sandbox.faults().failNext("GET", HEALTH, 2, 429, 1);

        Api.Response r = api.tool("get_account_health_check", tenantParams(t));

        assertThat(r.status()).isEqualTo(200);
        List<RecordedRequest> calls = sandbox.requests().matching("GET", HEALTH);
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
        // Retry-After: 1 was honoured between attempts (a lower bound, the behaviour itself)
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void a5xxIsRetriedWithBackoffAndTheReadSucceeds() {
        SandboxTenant t = sandbox.world().tenants().get(2);
        sandbox.faults().failNext("GET", HEALTH, 2, 503, null);

        Api.Response r = api.tool("get_account_health_check", tenantParams(t));

        assertThat(r.status()).isEqualTo(200);
        assertThat(sandbox.requests().matching("GET", HEALTH)).extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void persistent5xxEndsInA502WithTheSophosCorrelationIdAfterBoundedRetries() {
        SandboxTenant t = sandbox.world().tenants().get(2);
        sandbox.faults().failNext("GET", HEALTH, 50, 500, null);

        Api.Response r = api.tool("get_account_health_check", tenantParams(t));

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("correlationId").asText()).matches("[0-9a-f-]{36}");
        assertThat(r.body().path("upstreamStatus").asInt()).isEqualTo(500);
        // one try and three retries (sophos.upstream.server-error-retries)
        assertThat(sandbox.requests().matching("GET", HEALTH)).hasSize(4);
    }

    @Test
    void persistent429EndsInA502AfterTheConfiguredRetries() {
        SandboxTenant t = sandbox.world().tenants().get(2);
        sandbox.faults().failNext("GET", HEALTH, 50, 429, 0);

        Api.Response r = api.tool("get_account_health_check", tenantParams(t));

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body().path("title").asText()).contains("rate limit");
        assertThat(sandbox.requests().matching("GET", HEALTH)).hasSize(6);
    }

    @Test
    void aSophos403NamesTheRoleTheToolNeedsAndIsNotRetried() {
        SandboxTenant t = sandbox.world().tenants().get(3);
        sandbox.faults().failNext("GET", HEALTH, 1, 403, null);

        Api.Response r = api.tool("get_account_health_check", tenantParams(t));

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body().path("requiredRole").asText()).isEqualTo("Service Principal Read-Only");
        assertThat(r.body().path("detail").asText()).contains("403").contains("Service Principal Read-Only");
        assertThat(r.body().path("upstreamStatus").asInt()).isEqualTo(403);
        assertThat(sandbox.requests().matching("GET", HEALTH)).hasSize(1);
    }

    @Test
    void writesAreNeverRetriedOn5xxOr429() {
        var tenant = directory.all().get(0);
        String path = "/endpoint/v1/endpoints/" + sandbox.world().endpoints(tenant.id()).get(0).path("id").asText() + "/scans";
        sandbox.faults().failNext("POST", path, 5, 503, null);

        assertThatThrownBy(() -> client.call(SophosRequest.send("POST", path, null, Scope.tenant(tenant))))
                .isInstanceOf(SophosApiException.ServerError.class);
        assertThat(sandbox.requests().matching("POST", path)).hasSize(1);

        sandbox.requests().clear();
        sandbox.faults().reset().failNext("POST", path, 5, 429, 0);
        assertThatThrownBy(() -> client.call(SophosRequest.send("POST", path, null, Scope.tenant(tenant))))
                .isInstanceOf(SophosApiException.RateLimited.class);
        assertThat(sandbox.requests().matching("POST", path)).hasSize(1);
        // and the body Sophos needs on a parameterless POST is {}
        assertThat(sandbox.requests().matching("POST", path).get(0).body()).isEqualTo("{}");
    }

    @Test
    void droppedConnectionsOnReadsAreRetried() {
        SandboxTenant t = sandbox.world().tenants().get(4);
        sandbox.faults().dropConnections(0.2);
        for (int i = 0; i < 5; i++) {
            assertThat(api.tool("get_account_health_check", tenantParams(t)).status()).isEqualTo(200);
        }
    }
}
