package io.centralbridge.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static io.centralbridge.sandbox.CredentialKind.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fault injection, rate limits, token expiry, concurrency and determinism. */
class SandboxFaultsTest {
    private static SandboxConfig small() {
        return SandboxConfig.builder().tenantCount(4).endpoints(40, 60).alertDays(10).bigDirectoryUsers(20).build();
    }

    @Test
    void failNextAnswersTheGivenStatusWithRetryAfterThenRecovers() {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            SandboxTenant t = sandbox.world().tenants().get(0);
            sandbox.faults().failNext("GET", "/endpoint/v1/endpoints", 2, 503, 7);

            SandboxClient.Response first = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints");
            SandboxClient.Response second = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints");
            SandboxClient.Response third = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints");

            assertThat(first.status()).isEqualTo(503);
            assertThat(first.header("Retry-After")).isEqualTo("7");
            assertThat(first.json().get("error").asText()).isEqualTo("Service Unavailable");
            assertThat(first.json().has("correlationId")).isTrue();
            assertThat(second.status()).isEqualTo(503);
            assertThat(third.status()).isEqualTo(200);
            assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints")).extracting(RecordedRequest::status)
                    .containsExactly(503, 503, 200);
        }
    }

    @Test
    void theRateLimitAnswers429WithAnIntegerRetryAfter() {
        try (Sandbox sandbox = Sandbox.start(small().toBuilder().rateLimit(1, 3).build())) {
            SandboxClient client = new SandboxClient(sandbox);
            SandboxTenant t = sandbox.world().tenants().get(0);
            client.token(TENANT);
            List<SandboxClient.Response> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(client.tenantGet(TENANT, t, "/endpoint/v1/endpoints?pageSize=1"));
            }

            assertThat(answers.subList(0, 3)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            SandboxClient.Response limited = answers.get(5);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isGreaterThanOrEqualTo(1);
            assertThat(limited.json().get("error").asText()).isEqualTo("Too Many Requests");
            // The bucket is per tenant: another tenant of the same credential is not limited.
            SandboxTenant other = sandbox.world().tenants().get(1);
            assertThat(client.tenantGet(PARTNER, other, "/endpoint/v1/endpoints?pageSize=1").status()).isEqualTo(200);
        }
    }

    @Test
    void expiredTokensAreRefusedAndWhoamiCanBeDown() {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            String longLived = client.token(sandbox.credential(PARTNER));
            sandbox.faults().tokenLifetime(0);
            SandboxCredential c = sandbox.credential(PARTNER);
            SandboxClient.Response issued = client.tokenRequest("application/x-www-form-urlencoded",
                    SandboxClient.form(c.clientId(), c.clientSecret()));
            String expired = issued.json().get("access_token").asText();

            assertThat(issued.json().get("expires_in").asInt()).isZero();
            SandboxClient.Response refused = client.get(expired, sandbox.globalUrl(), "/whoami/v1");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("error").asText()).isEqualTo("Unauthorized");
            assertThat(client.get(longLived, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);

            sandbox.faults().reset().whoamiDown(true);
            assertThat(client.get(longLived, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(503);
            sandbox.faults().whoamiDown(false);
            assertThat(client.get(longLived, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);
        }
    }

    @Test
    void droppedConnectionsGetNoAnswerAndAreLoggedWithStatusZero() {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            String token = client.token(PARTNER);
            sandbox.faults().dropConnections(1.0);
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.globalUrl() + "/whoami/v1"))
                    .header("Authorization", "Bearer " + token).GET().build();

            assertThatThrownBy(() -> client.sendRaw(request)).isInstanceOf(IOException.class);
            assertThat(sandbox.requests().matching("GET", "/whoami/v1")).extracting(RecordedRequest::status).contains(0);
        }
    }

    @Test
    void dropNextClosesExactlyTheNextMatchingRequestsThenAnswers() throws Exception {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            String token = client.token(PARTNER);
            sandbox.faults().dropNext("GET", "/whoami", 2);
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.globalUrl() + "/whoami/v1"))
                    .header("Authorization", "Bearer " + token).GET().build();

            // the JDK client sends a GET once more on a closed connection: one call meets both drops
            assertThatThrownBy(() -> client.sendRaw(request)).isInstanceOf(IOException.class);
            assertThat(client.get(token, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);
            assertThat(sandbox.requests().matching("GET", "/whoami/v1")).extracting(RecordedRequest::status)
                    .containsExactly(0, 0, 200);
        }
    }

    @Test
    void revokedTokensAnswer401AndANewTokenWorks() {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            String old = client.token(sandbox.credential(PARTNER));
            assertThat(client.get(old, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);

            sandbox.faults().revokeTokens();

            assertThat(client.get(old, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(401);
            String fresh = client.token(sandbox.credential(PARTNER));
            assertThat(client.get(fresh, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);
        }
    }

    @Test
    void pathLatencyDelaysOnlyThatPath() {
        try (Sandbox sandbox = Sandbox.start(small())) {
            SandboxClient client = new SandboxClient(sandbox);
            String token = client.token(PARTNER);
            sandbox.faults().latency("/whoami", 400);

            long start = System.nanoTime();
            assertThat(client.get(token, sandbox.globalUrl(), "/whoami/v1").status()).isEqualTo(200);
            // a lower bound only: the delay was applied at all (no upper bound on a shared machine)
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
            sandbox.faults().reset();
            assertThat(sandbox.faults().latencyMillis("/whoami/v1")).isZero();
        }
    }

    @Test
    void slowRequestsDoNotQueueBehindEachOther() {
        try (Sandbox sandbox = Sandbox.start(small().toBuilder().noRateLimit().build())) {
            SandboxClient client = new SandboxClient(sandbox);
            String token = client.token(PARTNER);
            sandbox.faults().latency(300);
            ExecutorService pool = Executors.newFixedThreadPool(64);
            long start = System.nanoTime();
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> client.get(token, sandbox.globalUrl(), "/whoami/v1").status(), pool));
            }
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
            long millis = (System.nanoTime() - start) / 1_000_000;
            pool.shutdownNow();

            assertThat(statuses).containsOnly(200).hasSize(64);
            assertThat(millis).isLessThan(3000);
        }
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        try (Sandbox a = Sandbox.start(small()); Sandbox b = Sandbox.start(small());
             Sandbox c = Sandbox.start(small().toBuilder().seed(7).build())) {
            assertThat(b.world().tenants()).extracting(SandboxTenant::id)
                    .containsExactlyElementsOf(a.world().tenants().stream().map(SandboxTenant::id).toList());
            assertThat(b.world().tenants()).extracting(SandboxTenant::name)
                    .containsExactlyElementsOf(a.world().tenants().stream().map(SandboxTenant::name).toList());
            for (SandboxTenant t : a.world().tenants()) {
                assertThat(b.world().endpoints(t.id())).hasSameSizeAs(a.world().endpoints(t.id()));
                assertThat(b.world().endpoints(t.id()).get(0).get("hostname"))
                        .isEqualTo(a.world().endpoints(t.id()).get(0).get("hostname"));
                assertThat(b.world().alerts(t.id())).hasSameSizeAs(a.world().alerts(t.id()));
            }
            assertThat(a.credential(PARTNER)).isEqualTo(b.credential(PARTNER));
            assertThat(c.world().tenants().get(0).id()).isNotEqualTo(a.world().tenants().get(0).id());
        }
    }

    @Test
    void extraCredentialsGetTheKindTheTestAsksFor() {
        SandboxConfig config = small().toBuilder().withCredential("my-org-client", "s3cret", CredentialKind.ORGANIZATION)
                .withTenantCredential("us-tenant", "s3cret", 1).build();
        try (Sandbox sandbox = Sandbox.start(config)) {
            SandboxClient client = new SandboxClient(sandbox);
            String org = client.token(new SandboxCredential("my-org-client", "s3cret", CredentialKind.ORGANIZATION, null));
            String us = client.token(new SandboxCredential("us-tenant", "s3cret", CredentialKind.TENANT, null));

            assertThat(client.get(org, sandbox.globalUrl(), "/whoami/v1").json().get("idType").asText()).isEqualTo("organization");
            assertThat(client.get(us, sandbox.globalUrl(), "/whoami/v1").json().at("/apiHosts/dataRegion").asText())
                    .isEqualTo(sandbox.regionUrl("us01"));
            assertThat(sandbox.describe()).contains(sandbox.globalUrl(), sandbox.credential(PARTNER).clientSecret(), "us01");
        }
    }
}
