package io.centralbridge.hunting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.HuntingKnobs;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.Test;

class LiveDiscoverQueryTest extends HuntingAppTest {

    private static final String RUNS = "/live-discover/v1/queries/runs";
    private static final String SQL = "SELECT name, pid, path, cmdline FROM processes";

    @Test
    void allEndpointsAnswerWithinTheBudgetSplitIntoAnsweredOfflineAndFailed() {
        SandboxTenant t = tenant(4);
        List<ObjectNode> endpoints = sandbox.world().endpoints(t.id());
        Set<String> offline = new HashSet<>();
        endpoints.stream().filter(e -> !e.path("online").asBoolean()).forEach(e -> offline.add(e.path("id").asText()));

        Api.Response r = api.tool("run_live_discover_query", params("tenant_id", t.id(), "sql", SQL,
                "all_endpoints", true, "wait_seconds", 20, "max_records", 50000));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode eps = r.body().path("endpoints");
        assertThat(eps.path("targeted").asInt()).isEqualTo(endpoints.size());
        assertThat(ids(eps.path("offline"))).isEqualTo(offline);
        assertThat(eps.path("answered").size() + eps.path("failed").size()).isEqualTo(endpoints.size() - offline.size());
        assertThat(eps.path("answered").size()).isPositive();
        assertThat(eps.path("failed").size()).isPositive();
        Set<String> answered = ids(eps.path("answered"));
        assertThat(r.body().path("items")).isNotEmpty()
                .allSatisfy(row -> assertThat(answered).contains(row.path("endpointId").asText()));
        assertThat(r.body().path("columns").findValuesAsText("name")).contains("endpointId", "name", "pid", "path");
        RecordedRequest submit = requests("POST", RUNS).get(0);
        assertThat(body(submit).at("/matchEndpoints/all").asBoolean()).isTrue();
        assertThat(body(submit).at("/adHocQuery/template").asText()).isEqualTo(SQL);
        assertThat(requests("POST", RUNS)).hasSize(1);
    }

    @Test
    void hostnameContainsIsResolvedToEndpointIdsThroughTheEndpointList() {
        SandboxTenant t = tenant(5);
        List<ObjectNode> endpoints = sandbox.world().endpoints(t.id());
        String host = endpoints.get(0).path("hostname").asText();
        String part = host.substring(0, Math.min(host.length(), 12)).toLowerCase(Locale.ROOT);
        Set<String> expected = new HashSet<>();
        endpoints.stream().filter(e -> e.path("hostname").asText().toLowerCase(Locale.ROOT).contains(part))
                .forEach(e -> expected.add(e.path("id").asText()));

        Api.Response r = api.tool("run_live_discover_query", params("tenant_id", t.id(), "sql", SQL,
                "hostname_contains", part, "wait_seconds", 20));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().at("/endpoints/targeted").asInt()).isEqualTo(expected.size());
        RecordedRequest lookup = requests("GET", "/endpoint/v1/endpoints").get(0);
        assertThat(lookup.query("hostnameContains")).isEqualTo(part.substring(0, Math.min(10, part.length())));
        Set<String> sent = new HashSet<>();
        body(requests("POST", RUNS).get(0)).at("/matchEndpoints/filters/0/ids").forEach(i -> sent.add(i.asText()));
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void aHostnameThatMatchesNothingIsAnErrorThatSaysSoAndSubmitsNothing() {
        Api.Response r = api.tool("run_live_discover_query", params("tenant_id", tenant(5).id(), "sql", SQL,
                "hostname_contains", "no-such-host-anywhere"));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("hostname_contains");
        assertThat(r.body().path("detail").asText()).contains("no endpoint").contains("no-such-host-anywhere");
        assertThat(requests("POST", RUNS)).isEmpty();
    }

    @Test
    void targetingIsExactlyOneOfTheThreeWithinTheCapCheckedBeforeAnyCall() {
        String id = tenant(0).id();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(UUID.randomUUID().toString());
        }
        assertRejected(params("tenant_id", id, "sql", SQL), "all_endpoints");
        assertRejected(params("tenant_id", id, "sql", SQL, "all_endpoints", false), "all_endpoints");
        assertRejected(params("tenant_id", id, "sql", SQL, "all_endpoints", true, "hostname_contains", "web"), "hostname_contains");
        assertRejected(params("tenant_id", id, "sql", SQL, "endpoint_ids", List.of(UUID.randomUUID().toString()),
                "hostname_contains", "web"), "hostname_contains");
        assertRejected(params("tenant_id", id, "sql", SQL, "endpoint_ids", List.of()), "endpoint_ids");
        assertRejected(params("tenant_id", id, "sql", SQL, "endpoint_ids", List.of("not-a-uuid")), "endpoint_ids[0]");
        assertRejected(params("tenant_id", id, "sql", SQL, "endpoint_ids", many), "endpoint_ids");
        assertRejected(params("tenant_id", id, "sql", "SELECT 1", "all_endpoints", true), "sql");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void aRunLongerThanTheBudgetIsResumedByRunIdWithoutASecondSubmit() {
        SandboxTenant t = tenant(6);
        hunting().runDuration(Duration.ofSeconds(3), Duration.ofSeconds(3));
        String one = sandbox.world().endpoints(t.id()).get(0).path("id").asText();

        Api.Response first = api.tool("run_live_discover_query", params("tenant_id", t.id(), "sql", SQL,
                "endpoint_ids", List.of(one), "wait_seconds", 1));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("running");
        String runId = first.body().path("run_id").asText();

        Api.Response second = api.tool("run_live_discover_query", params("tenant_id", t.id(), "run_id", runId, "wait_seconds", 20));

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.body().path("status").asText()).isEqualTo("finished");
        assertThat(second.body().at("/endpoints/targeted").asInt()).isEqualTo(1);
        assertThat(requests("POST", RUNS)).hasSize(1);
    }

    @Test
    void failedAndTimedOutRunsAreErrorsThatSayWhich() {
        String id = tenant(0).id();
        hunting().failNextRun(HuntingKnobs.Kind.LIVE_DISCOVER);
        Api.Response failed = api.tool("run_live_discover_query", params("tenant_id", id, "sql", SQL, "all_endpoints", true, "wait_seconds", 20));
        hunting().timeOutNextRun(HuntingKnobs.Kind.LIVE_DISCOVER);
        Api.Response timedOut = api.tool("run_live_discover_query", params("tenant_id", id, "sql", SQL, "all_endpoints", true, "wait_seconds", 20));

        assertThat(failed.status()).as(failed.text()).isEqualTo(502);
        assertThat(failed.body().path("result").asText()).isEqualTo("failed");
        assertThat(failed.body().path("title").asText()).contains("Live Discover").contains("failed");
        assertThat(timedOut.status()).as(timedOut.text()).isEqualTo(504);
        assertThat(timedOut.body().path("result").asText()).isEqualTo("timedOut");
        assertThat(requests("GET", RUNS)).noneMatch(q -> q.path().endsWith("/results"));
    }

    @Test
    void aSubmissionOverTheLiveDiscoverQuotaIsARateLimitErrorAndIsNotResent() {
        hunting().liveDiscoverRunsPerMinute(1);
        String id = tenant(7).id();
        String one = sandbox.world().endpoints(id).get(0).path("id").asText();
        Object p = params("tenant_id", id, "sql", SQL, "endpoint_ids", List.of(one), "wait_seconds", 0);

        Api.Response first = api.tool("run_live_discover_query", p);
        Api.Response second = api.tool("run_live_discover_query", p);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).as(second.text()).isEqualTo(502);
        assertThat(second.body().path("upstreamStatus").asInt()).isEqualTo(429);
        assertThat(requests("POST", RUNS)).extracting(RecordedRequest::status).containsExactly(201, 429);
    }

    private void assertRejected(Object params, String field) {
        Api.Response r = api.tool("run_live_discover_query", params);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).as(r.text()).isEqualTo(field);
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }
}
