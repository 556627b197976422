package io.centralbridge.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.centralbridge.sandbox.Faults;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every read tool under every upstream fault: each ends with a correct answer or a clear 502/504
 * problem+json (with the Sophos correlationId when Sophos gave one), and none hangs. Transient faults
 * run tool by tool, so that each tool meets the fault; persistent ones run all tools at once, since
 * every request meets them anyway and the timeouts would otherwise add up.
 */
class FaultMatrixTest extends FaultAppTest {

    /** A call that takes longer than this is a hang: about ten times the worst retry budget. */
    static final Duration HANG = Duration.ofSeconds(45);

    enum Fault {
        RATE_LIMIT_BURST(false, f -> f.failNext("GET", "/", 2, 429, 1)),
        RATE_LIMIT_PERSISTENT(true, f -> f.failNext("*", "/", 1_000_000, 429, 1)),
        SERVER_ERROR_BURST(false, f -> f.failNext("GET", "/", 2, 503, null)),
        SERVER_ERROR_PERSISTENT(true, f -> f.failNext("*", "/", 1_000_000, 503, null)),
        LATENCY_30S(true, f -> f.latency(30_000)),
        CONNECTION_RESET_BURST(false, f -> f.dropNext("GET", "/", 1)),
        CONNECTION_RESET_PERSISTENT(true, f -> f.dropConnections(1.0)),
        TOKEN_REVOKED_MID_RUN(false, f -> { });

        final boolean persistent;
        final Consumer<Faults> apply;

        Fault(boolean persistent, Consumer<Faults> apply) {
            this.persistent = persistent;
            this.apply = apply;
        }
    }

    record Outcome(ReadTools.Call call, Api.Response response, long millis) {
    }

    private static final List<String> TABLE = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyReadToolEndsWithAnAnswerOrAClearGatewayError(Fault fault) throws Exception {
        List<ReadTools.Call> calls = ReadTools.all(sandbox);
        List<Outcome> outcomes = fault.persistent ? concurrently(fault, calls) : oneByOne(fault, calls);
        for (Outcome o : outcomes) {
            check(fault, o);
            TABLE.add("| " + fault + " | " + o.call().tool() + " | " + o.response().status() + " "
                    + o.response().body().path("title").asText(o.response().status() == 200 ? "OK" : "") + " | "
                    + o.millis() + " |");
        }
    }

    private List<Outcome> oneByOne(Fault fault, List<ReadTools.Call> calls) throws Exception {
        List<Outcome> out = new ArrayList<>();
        int rejectedTokens = 0;
        for (ReadTools.Call c : calls) {
            sandbox.faults().reset();
            fault.apply.accept(sandbox.faults());
            sandbox.requests().clear();
            long start = System.nanoTime();
            CompletableFuture<Api.Response> r = CompletableFuture.supplyAsync(() -> api.tool(c.tool(), c.params()));
            if (fault == Fault.TOKEN_REVOKED_MID_RUN && !c.noUpstream()) {
                // once the call has reached Sophos, every token it holds stops working
                await().atMost(HANG).until(() -> !sandbox.requests().all().isEmpty() || r.isDone());
                sandbox.faults().revokeTokens();
            }
            out.add(new Outcome(c, r.get(HANG.toSeconds(), TimeUnit.SECONDS), (System.nanoTime() - start) / 1_000_000));
            if (sandbox.requests().all().stream().anyMatch(q -> q.status() == 401)) {
                rejectedTokens++;
            }
        }
        if (fault == Fault.TOKEN_REVOKED_MID_RUN) {
            // the revocation did bite: most tools met a 401 and still answered
            assertThat(rejectedTokens).isGreaterThanOrEqualTo(calls.size() / 2);
        }
        return out;
    }

    private List<Outcome> concurrently(Fault fault, List<ReadTools.Call> calls) throws Exception {
        fault.apply.accept(sandbox.faults());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<CompletableFuture<Outcome>> running = new ArrayList<>();
            for (ReadTools.Call c : calls) {
                running.add(CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    Api.Response r = api.tool(c.tool(), c.params());
                    return new Outcome(c, r, (System.nanoTime() - start) / 1_000_000);
                }, pool));
            }
            List<Outcome> out = new ArrayList<>();
            for (CompletableFuture<Outcome> f : running) {
                out.add(f.get(HANG.toSeconds(), TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
            sandbox.faults().reset();
        }
    }

    private void check(Fault fault, Outcome o) {
        Api.Response r = o.response();
        String what = fault + " / " + o.call().tool() + ": " + r.text();
        assertThat(r.text()).as(what).doesNotContain("Exception", "at io.", "at org.");
        if (o.call().noUpstream()) {
            assertThat(r.status()).as(what).isEqualTo(400);
            return;
        }
        if (!fault.persistent || r.status() == 200) {
            // a transient fault is absorbed; under a persistent one only an answer from the cache is 200
            assertThat(r.status()).as(what).isEqualTo(200);
            if (r.body().has("status")) {
                assertThat(r.body().path("status").asText()).as(what).isEqualTo("finished");
            }
            return;
        }
        assertThat(r.contentType()).as(what).contains("application/problem+json");
        assertThat(r.body().path("status").asInt()).as(what).isEqualTo(r.status());
        assertThat(r.body().path("tool").asText()).as(what).isEqualTo(o.call().tool());
        switch (fault) {
            case LATENCY_30S -> assertThat(r.status()).as(what).isEqualTo(504);
            case CONNECTION_RESET_PERSISTENT -> assertThat(r.status()).as(what).isEqualTo(502);
            default -> {
                assertThat(r.status()).as(what).isEqualTo(502);
                assertThat(r.body().path("correlationId").asText()).as(what).isNotBlank();
                assertThat(r.body().path("upstreamStatus").asInt()).as(what).isEqualTo(
                        fault == Fault.RATE_LIMIT_PERSISTENT ? 429 : 503);
            }
        }
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path out = Path.of("target", "fault-matrix.md");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>(List.of("| fault | tool | answer | ms |", "|---|---|---|---|"));
        lines.addAll(TABLE);
        Files.write(out, lines);
    }
}
