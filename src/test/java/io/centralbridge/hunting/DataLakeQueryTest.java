package io.centralbridge.hunting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.HuntingKnobs;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolCancellation;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolInvoker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DataLakeQueryTest extends HuntingAppTest {

    private static final String RUNS = "/xdr-query/v1/queries/runs";
    private static final String SQL = "SELECT meta_hostname, query_name, count(*) FROM xdr_data GROUP BY 1, 2";

    @Autowired
    ToolInvoker invoker;
    @Autowired
    HuntingRuns runs;

    @Test
    void aRunThatFinishesWithinTheBudgetAnswersItsRowsAndColumns() {
        SandboxTenant t = tenant(1);
        Instant from = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Api.Response r = api.tool("run_data_lake_query", params("tenant_id", t.id(), "sql", SQL,
                "from_date", from.toString(), "wait_seconds", 20));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("finished");
        assertThat(r.body().path("result").asText()).isEqualTo("succeeded");
        assertThat(r.body().path("columns").findValuesAsText("name")).contains("meta_hostname", "query_name", "count");
        assertThat(r.body().path("count").asInt()).isPositive().isEqualTo(r.body().path("items").size());
        assertThat(r.body().path("items").get(0).has("meta_hostname")).isTrue();
        RecordedRequest submit = requests("POST", RUNS).get(0);
        assertThat(requests("POST", RUNS)).hasSize(1);
        assertThat(submit.server()).isEqualTo(t.dataRegion());
        assertThat(submit.header("X-Tenant-ID")).isEqualTo(t.id());
        assertThat(body(submit).at("/adHocQuery/template").asText()).isEqualTo(SQL);
        assertThat(body(submit).path("from").asText()).isEqualTo(from.toString());
        String runId = r.body().path("run_id").asText();
        assertThat(requests("GET", RUNS + "/" + runId)).isNotEmpty();
        assertThat(requests("GET", RUNS + "/" + runId + "/results")).isNotEmpty()
                .allSatisfy(q -> assertThat(Integer.parseInt(q.query("pageSize"))).isLessThanOrEqualTo(1000));
    }

    @Test
    void aRunLongerThanTheBudgetAnswersRunningAndIsResumedByRunIdWithoutASecondSubmit() {
        SandboxTenant t = tenant(2);
        hunting().runDuration(Duration.ofSeconds(3), Duration.ofSeconds(3));

        Api.Response first = api.tool("run_data_lake_query", params("tenant_id", t.id(), "sql", SQL, "wait_seconds", 1));

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().path("status").asText()).isEqualTo("running");
        String runId = first.body().path("run_id").asText();
        assertThat(runId).isNotBlank();
        assertThat(first.body().path("poll_after_seconds").asInt()).isPositive();

        Api.Response second = api.tool("run_data_lake_query", params("tenant_id", t.id(), "run_id", runId, "wait_seconds", 20));

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.body().path("status").asText()).isEqualTo("finished");
        assertThat(second.body().path("run_id").asText()).isEqualTo(runId);
        assertThat(second.body().path("count").asInt()).isPositive();
        assertThat(requests("POST", RUNS)).hasSize(1);
        assertThat(hunting().submitted(HuntingKnobs.Kind.DATA_LAKE)).isPositive();
    }

    @Test
    void aFailedRunIsAnErrorThatSaysFailed() {
        hunting().failNextRun(HuntingKnobs.Kind.DATA_LAKE);

        Api.Response r = api.tool("run_data_lake_query", params("tenant_id", tenant(0).id(), "sql", SQL, "wait_seconds", 20));

        assertThat(r.status()).as(r.text()).isEqualTo(502);
        assertThat(r.body().path("result").asText()).isEqualTo("failed");
        assertThat(r.body().path("detail").asText()).contains("failed").contains(r.body().path("run_id").asText());
        assertThat(requests("GET", RUNS + "/" + r.body().path("run_id").asText() + "/results")).isEmpty();
    }

    @Test
    void aTimedOutRunIsAnErrorThatSaysTimedOut() {
        hunting().timeOutNextRun(HuntingKnobs.Kind.DATA_LAKE);

        Api.Response r = api.tool("run_data_lake_query", params("tenant_id", tenant(0).id(), "sql", SQL, "wait_seconds", 20));

        assertThat(r.status()).as(r.text()).isEqualTo(504);
        assertThat(r.body().path("result").asText()).isEqualTo("timedOut");
        assertThat(r.body().path("detail").asText()).contains("timed out");
    }

    @Test
    void aCallerThatGoesAwayCancelsTheRunUpstream() {
        hunting().runDuration(Duration.ofSeconds(10), Duration.ofSeconds(10));
        ToolCancellation cancel = new ToolCancellation();
        JsonNode p = JSON.valueToTree(params("tenant_id", tenant(3).id(), "sql", SQL, "wait_seconds", 30));

        CompletableFuture<JsonNode> call = CompletableFuture.supplyAsync(
                () -> invoker.invoke("run_data_lake_query", p, new Caller("test", "test"), cancel));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests("GET", RUNS + "/").size() > 0);
        cancel.cancel();

        assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingRootCause().isInstanceOfSatisfying(ToolException.class, e -> {
                    // the invoker answers every cancelled call alike: 499, saying it was cancelled
                    assertThat(e.status()).isEqualTo(499);
                    assertThat(e.getMessage()).containsIgnoringCase("cancel");
                });
        RecordedRequest c = requests("POST", RUNS + "/").get(0);
        assertThat(c.path()).endsWith("/cancel");
        assertThat(c.body()).isEqualTo("{}");
        assertThat(c.status()).isEqualTo(200);
        String runId = c.path().split("/")[5];
        assertThat(hunting().canceled(runId)).isTrue();
    }

    @Test
    void aRateLimitedPollWaitsRetryAfterAndTheRunStillFinishes() {
        sandbox.faults().failNext("GET", RUNS + "/", 1, 429, 1);

        Api.Response r = api.tool("run_data_lake_query", params("tenant_id", tenant(4).id(), "sql", SQL, "wait_seconds", 20));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("status").asText()).isEqualTo("finished");
        assertThat(requests("GET", RUNS + "/")).anyMatch(q -> q.status() == 429);
        assertThat(requests("POST", RUNS)).hasSize(1);
    }

    @Test
    void resumingARunSophosDoesNotKnowIsANotFound() {
        String unknown = java.util.UUID.randomUUID().toString();

        Api.Response r = api.tool("run_data_lake_query", params("tenant_id", tenant(0).id(), "run_id", unknown, "wait_seconds", 0));

        assertThat(r.status()).as(r.text()).isEqualTo(404);
        assertThat(r.body().path("detail").asText()).contains(unknown);
        assertThat(requests("POST", RUNS)).isEmpty();
        assertThat(runs.inFlight()).doesNotContain(unknown);
    }

    @Test
    void datesAreCheckedBeforeAnyCall() {
        String id = tenant(0).id();
        Instant now = Instant.now();
        assertRejected(params("tenant_id", id, "sql", SQL, "from_date", now.minus(1, ChronoUnit.DAYS).toString(),
                "to_date", now.minus(2, ChronoUnit.DAYS).toString()), "from_date");
        assertRejected(params("tenant_id", id, "sql", SQL, "from_date", now.minus(45, ChronoUnit.DAYS).toString()), "from_date");
        assertRejected(params("tenant_id", id, "sql", SQL, "to_date", now.plus(2, ChronoUnit.DAYS).toString()), "to_date");
        assertRejected(params("tenant_id", id, "sql", SQL, "from_date", "last tuesday"), "from_date");
        assertRejected(params("tenant_id", id, "from_date", now.minus(1, ChronoUnit.DAYS).toString()), "sql");
        assertRejected(params("tenant_id", id, "sql", SQL, "wait_seconds", 100000), "wait_seconds");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    private void assertRejected(Object params, String field) {
        Api.Response r = api.tool("run_data_lake_query", params);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo(field);
    }
}
