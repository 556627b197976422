package io.centralbridge.sandbox;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three hunting lifecycles of the sandbox, spoken to directly: states in virtual time, results, cancel, checks. */
class SandboxHuntingTest {
    static Sandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void quick() {
        sandbox.hunting().reset().runDuration(Duration.ofMillis(300), Duration.ofMillis(300));
    }

    private static SandboxTenant tenant(int i) {
        return sandbox.world().tenants().get(i);
    }

    private static SandboxClient.Response post(SandboxTenant t, String path, String json) {
        return client.post(client.token(PARTNER), t.apiHost(), path, json, "X-Tenant-ID", t.id());
    }

    private static JsonNode awaitFinished(SandboxTenant t, String runPath) {
        await().atMost(Duration.ofSeconds(5)).until(() ->
                client.tenantGet(PARTNER, t, runPath).json().path("status").asText().equals("finished"));
        return client.tenantGet(PARTNER, t, runPath).json();
    }

    @Test
    void aDataLakeRunGoesFromPendingToFinishedAndOnlyThenHasKeyPagedResults() {
        SandboxTenant t = tenant(0);
        SandboxClient.Response created = post(t, "/xdr-query/v1/queries/runs",
                "{\"adHocQuery\":{\"template\":\"SELECT * FROM xdr_data\"}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("result").asText()).isEqualTo("notAvailable");
        String run = "/xdr-query/v1/queries/runs/" + created.json().path("id").asText();
        assertThat(client.tenantGet(PARTNER, t, run + "/results").status()).isEqualTo(400);

        JsonNode done = awaitFinished(t, run);

        assertThat(done.path("result").asText()).isEqualTo("succeeded");
        assertThat(done.has("finishedAt")).isTrue();
        SandboxClient.Response page = client.tenantGet(PARTNER, t, run + "/results?pageSize=5");
        assertThat(page.json().path("items")).hasSize(5);
        assertThat(page.json().at("/pages/nextKey").asText()).isNotBlank();
        assertThat(page.json().at("/metadata/columns").findValuesAsText("name")).contains("meta_hostname");
        assertThat(client.tenantGet(PARTNER, t, run + "/results?pageSize=1001").status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, tenant(1), run).status()).as("another tenant's run").isIn(401, 404);
    }

    @Test
    void aDataLakeRunCanBeCanceledWithAnEmptyObjectBody() {
        sandbox.hunting().runDuration(Duration.ofSeconds(30), Duration.ofSeconds(30));
        SandboxTenant t = tenant(0);
        String id = post(t, "/xdr-query/v1/queries/runs", "{\"adHocQuery\":{\"template\":\"SELECT 1\"}}").json().path("id").asText();
        String run = "/xdr-query/v1/queries/runs/" + id;

        assertThat(post(t, run + "/cancel", "").status()).isEqualTo(400);
        SandboxClient.Response c = post(t, run + "/cancel", "{}");

        assertThat(c.json().path("canceled").asBoolean()).isTrue();
        JsonNode after = client.tenantGet(PARTNER, t, run).json();
        assertThat(after.path("status").asText()).isEqualTo("finished");
        assertThat(after.path("result").asText()).isEqualTo("canceled");
        assertThat(sandbox.hunting().canceled(id)).isTrue();
    }

    @Test
    void liveDiscoverEndpointsFollowTheirOnlineFlag() {
        SandboxTenant t = tenant(2);
        assertThat(post(t, "/live-discover/v1/queries/runs",
                "{\"matchEndpoints\":{\"all\":true},\"adHocQuery\":{\"template\":\"SELECT 1\"}}").status())
                .as("template under 15 characters").isEqualTo(400);
        String id = post(t, "/live-discover/v1/queries/runs",
                "{\"matchEndpoints\":{\"all\":true},\"adHocQuery\":{\"template\":\"SELECT name FROM processes\"}}")
                .json().path("id").asText();
        String run = "/live-discover/v1/queries/runs/" + id;

        JsonNode done = awaitFinished(t, run);

        Set<String> offline = new HashSet<>();
        sandbox.world().endpoints(t.id()).stream().filter(e -> !e.path("online").asBoolean())
                .forEach(e -> offline.add(e.path("id").asText()));
        assertThat(done.at("/endpointCounts/statuses/pending/offline").asInt()).isEqualTo(offline.size());
        SandboxClient.Response eps = client.tenantGet(PARTNER, t, run + "/endpoints?pageSize=100&pageTotal=true");
        for (JsonNode ep : eps.json().path("items")) {
            boolean off = offline.contains(ep.path("id").asText());
            assertThat(ep.path("status").asText()).isEqualTo(off ? "pending" : "finished");
        }
        JsonNode rows = client.tenantGet(PARTNER, t, run + "/results?pageSize=1000").json();
        assertThat(rows.path("items")).isNotEmpty()
                .allSatisfy(r -> assertThat(offline).doesNotContain(r.path("endpointId").asText()));
    }

    @Test
    void detectionsRefuseUnknownFieldsAndOutOfRangeSeveritiesAndFilterTheRest() {
        SandboxTenant t = tenant(3);
        assertThat(post(t, "/detections/v1/queries/detections", "{\"severity\":[11]}").status()).isEqualTo(400);
        assertThat(post(t, "/detections/v1/queries/detections", "{\"colour\":\"red\"}").status()).isEqualTo(400);
        String id = post(t, "/detections/v1/queries/detections", "{\"severity\":[9,10]}").json().path("id").asText();
        String run = "/detections/v1/queries/detections/" + id;

        awaitFinished(t, run);

        JsonNode page = client.tenantGet(PARTNER, t, run + "/results?page=1&pageSize=100&pageTotal=true").json();
        assertThat(page.path("items")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.path("severity").asInt()).isBetween(9, 10));
    }

    @Test
    void scriptedOutcomesEndTheNextRunOfThatKindOnly() {
        sandbox.hunting().timeOutNextRun(HuntingKnobs.Kind.DETECTIONS);
        SandboxTenant t = tenant(4);
        String first = post(t, "/detections/v1/queries/detections", "{}").json().path("id").asText();
        String second = post(t, "/detections/v1/queries/detections", "{}").json().path("id").asText();

        assertThat(awaitFinished(t, "/detections/v1/queries/detections/" + first).path("result").asText()).isEqualTo("timedOut");
        assertThat(awaitFinished(t, "/detections/v1/queries/detections/" + second).path("result").asText()).isEqualTo("succeeded");
        assertThat(client.tenantGet(PARTNER, t, "/detections/v1/queries/detections/" + first + "/results").status()).isEqualTo(400);
    }
}
