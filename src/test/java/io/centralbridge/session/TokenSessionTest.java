package io.centralbridge.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TokenSessionTest extends PartnerAppTest {


    @Test
    void hundredConcurrentToolCallsOnAColdSessionCauseExactlyOneTokenRequest() throws Exception {
        String tenant = sandbox.world().tenants().get(3).id();
        session.invalidate(session.token());
        sandbox.requests().clear();
        int before = sandbox.tokensIssued();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(() -> api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}"));
            }
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.tokensIssued() - before).isEqualTo(1);
        assertThat(sandbox.requests().matching("POST", "/api/v2/oauth2/token")).hasSize(1);
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check")).hasSize(100);
    }

    @Test
    void a401DropsTheTokenFetchesANewOneAndRetriesTheCallOnce() {
        String tenant = sandbox.world().tenants().get(0).id();
        session.token();
        int before = sandbox.tokensIssued();
        sandbox.faults().failNext("GET", "/account-health-check/v1/health-check", 1, 401, null);

        Api.Response r = api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(sandbox.tokensIssued() - before).isEqualTo(1);
        List<RecordedRequest> calls = sandbox.requests().matching("GET", "/account-health-check/v1/health-check");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).header("Authorization")).isNotEqualTo(calls.get(1).header("Authorization"));
        assertThat(calls.get(1).status()).isEqualTo(200);
    }

    @Test
    void a401ThatPersistsAfterReauthIsA502NamingTheCredential() {
        String tenant = sandbox.world().tenants().get(0).id();
        sandbox.faults().failNext("GET", "/account-health-check/v1/health-check", 5, 401, null);

        Api.Response r = api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body().path("detail").asText()).contains("401").contains("credential");
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check")).hasSize(2);
    }

    @Test
    void aShortLivedTokenIsReplacedBeforeSophosWouldRejectIt() {
        String tenant = sandbox.world().tenants().get(0).id();
        sandbox.faults().tokenLifetime(4);
        session.invalidate(session.token());
        assertThat(api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}").status()).isEqualTo(200);
        int first = sandbox.tokensIssued();

        // kept for half of its 4 s life, then fetched again, and no call ever meets a 401
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}").status() == 200
                        && sandbox.tokensIssued() > first);
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check"))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void theTokenIsNotRefetchedWhileItIsFresh() {
        String tenant = sandbox.world().tenants().get(0).id();
        session.token();
        int before = sandbox.tokensIssued();
        for (int i = 0; i < 5; i++) {
            assertThat(api.tool("get_account_health_check", "{\"tenant_id\":\"" + tenant + "\"}").status()).isEqualTo(200);
        }
        assertThat(sandbox.tokensIssued()).isEqualTo(before);
    }
}
