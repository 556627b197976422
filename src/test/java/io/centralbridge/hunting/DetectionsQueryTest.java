package io.centralbridge.hunting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.HuntingKnobs;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.Test;

class DetectionsQueryTest extends HuntingAppTest {

    private static final String RUNS = "/detections/v1/queries/detections";

    @Test
    void filtersAreMappedIntoTheRequestBody() {
        Instant from = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant to = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Api.Response r = api.tool("query_detections", params("tenant_id", tenant(1).id(),
                "from_date", from.toString(), "to_date", to.toString(), "wait_seconds", 20,
                "filters", params("severity", List.of("high", 10, 2), "category", "execution", "mitre_tactic", "TA0002",
                        "device", "DESKTOP", "user", "ACME\\jdoe", "detection_rule", "WIN-EXE-PRC-POWERSHELL-ENCODED-CMD-1")));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode body = body(requests("POST", RUNS).get(0));
        assertThat(body.path("severity").toString()).isEqualTo("[2,7,8,10]");
        assertThat(body.path("category").asText()).isEqualTo("execution");
        assertThat(body.path("mitreAttackTactics").asText()).isEqualTo("TA0002");
        assertThat(body.path("deviceNameContains").asText()).isEqualTo("DESKTOP");
        assertThat(body.path("username").asText()).isEqualTo("ACME\\jdoe");
        assertThat(body.path("detectionRule").asText()).isEqualTo("WIN-EXE-PRC-POWERSHELL-ENCODED-CMD-1");
        assertThat(body.path("from").asText()).isEqualTo(from.toString());
        assertThat(body.path("to").asText()).isEqualTo(to.toString());
    }

    @Test
    void aQueryThatFinishesWithinTheBudgetAnswersTheMatchingDetections() {
        SandboxTenant t = tenant(2);

        Api.Response r = api.tool("query_detections", params("tenant_id", t.id(), "wait_seconds", 20,
                "filters", params("severity", List.of("critical"))));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("finished");
        assertThat(r.body().path("count").asInt()).isPositive();
        assertThat(r.body().path("items")).allSatisfy(d -> assertThat(d.path("severity").asInt()).isBetween(9, 10));
        assertThat(body(requests("POST", RUNS).get(0)).path("severity").toString()).isEqualTo("[9,10]");
        assertThat(requests("GET", RUNS + "/" + r.body().path("run_id").asText() + "/results"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.query("page")).isNotNull());
    }

    @Test
    void aQueryLongerThanTheBudgetIsResumedByRunIdWithoutASecondSubmit() {
        SandboxTenant t = tenant(3);
        hunting().runDuration(Duration.ofSeconds(3), Duration.ofSeconds(3));

        Api.Response first = api.tool("query_detections", params("tenant_id", t.id(), "wait_seconds", 1));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("running");
        String runId = first.body().path("run_id").asText();

        Api.Response second = api.tool("query_detections", params("tenant_id", t.id(), "run_id", runId, "wait_seconds", 20));

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.body().path("status").asText()).isEqualTo("finished");
        assertThat(second.body().path("count").asInt()).isPositive();
        assertThat(requests("POST", RUNS)).hasSize(1);
    }

    @Test
    void failedAndTimedOutQueriesAreErrorsThatSayWhich() {
        String id = tenant(0).id();
        hunting().failNextRun(HuntingKnobs.Kind.DETECTIONS);
        Api.Response failed = api.tool("query_detections", params("tenant_id", id, "wait_seconds", 20));
        hunting().timeOutNextRun(HuntingKnobs.Kind.DETECTIONS);
        Api.Response timedOut = api.tool("query_detections", params("tenant_id", id, "wait_seconds", 20));

        assertThat(failed.status()).as(failed.text()).isEqualTo(502);
        assertThat(failed.body().path("result").asText()).isEqualTo("failed");
        assertThat(timedOut.status()).as(timedOut.text()).isEqualTo(504);
        assertThat(timedOut.body().path("result").asText()).isEqualTo("timedOut");
    }

    @Test
    void badFiltersAndDatesAreRejectedBeforeAnyCall() {
        String id = tenant(0).id();
        assertRejected(params("tenant_id", id, "filters", params("severity", List.of(11))), "filters.severity[0]");
        assertRejected(params("tenant_id", id, "filters", params("severity", List.of(3, "urgent"))), "filters.severity[1]");
        assertRejected(params("tenant_id", id, "filters", params("colour", "red")), "filters.colour");
        assertRejected(params("tenant_id", id, "from_date", Instant.now().toString(),
                "to_date", Instant.now().minus(1, ChronoUnit.DAYS).toString()), "from_date");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    private void assertRejected(Object params, String field) {
        Api.Response r = api.tool("query_detections", params);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).as(r.text()).isEqualTo(field);
    }
}
