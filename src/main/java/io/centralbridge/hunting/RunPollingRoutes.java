package io.centralbridge.hunting;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.tool.ToolCancellation;
import io.centralbridge.tool.ToolException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one polling mechanism of the three hunting tools: submit (unless resuming by run_id), then poll the run
 * with a growing interval until it finishes or the call's budget is spent. The waits are asynchronous delays
 * on a small scheduler, so a waiting call parks no thread. After this route the run has either succeeded
 * (the tool reads its results), is still running (the body is the {status:"running", run_id,
 * poll_after_seconds} answer), or ended badly (an error saying failed, timed out or canceled).
 */
@Component
class RunPollingRoutes extends RouteBuilder {

    static final String ENDPOINT = "direct:hunting.run";
    private static final String DELAY = "hunting.delay";
    private static final String LOGGED_AT = "hunting.progressLoggedAt";
    /** A waiting call says how its run is doing this often. */
    static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunPollingRoutes.class);

    private final HuntingRuns runs;
    private final HuntingProperties properties;
    private final ObjectMapper json;

    RunPollingRoutes(HuntingRuns runs, HuntingProperties properties, ObjectMapper json) {
        this.runs = runs;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void configure() {
        ScheduledExecutorService scheduler = getContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, "hunting-poll", properties.pollThreads());

        from(ENDPOINT).routeId("sophos.run.await").errorHandler(noErrorHandler())
                .filter(e -> PollingRun.of(e).submitRequest() != null)
                    .process(e -> e.getMessage().setBody(PollingRun.of(e).submitRequest()))
                    .to("direct:sophos.call")
                    .process(this::submitted)
                .end()
                .process(this::track)
                .doTry()
                    .loopDoWhile(e -> PollingRun.of(e).shouldPoll())
                        .process(e -> e.setProperty(DELAY, PollingRun.of(e).nextDelayMillis()))
                        .delay(exchangeProperty(DELAY)).asyncDelayed().executorService(scheduler)
                        .filter(e -> !PollingRun.of(e).canceled())
                            .process(e -> e.getMessage().setBody(poll(PollingRun.of(e))))
                            .to("direct:sophos.call")
                            .process(e -> PollingRun.of(e).record(e.getMessage().getBody(JsonNode.class)))
                            .process(this::progress)
                        .end()
                    .endDoTry()
                .doFinally()
                    // a poll that failed for good (404, 5xx after retries) must not leave the run registered
                    .process(e -> runs.untrack(PollingRun.of(e)))
                .end()
                .process(this::conclude);
    }

    private void submitted(Exchange e) {
        PollingRun run = PollingRun.of(e);
        JsonNode answer = e.getMessage().getBody(JsonNode.class);
        run.submitted(answer);
        if (run.runId() == null) {
            throw new ToolException(502, "Sophos answered without a run id",
                    "Sophos accepted the " + run.kind().label() + " but its answer carried no run id", Map.of());
        }
    }

    /** From here until the wait ends, a caller's cancellation stops the run (upstream where allowed). */
    private void track(Exchange e) {
        PollingRun run = PollingRun.of(e);
        runs.track(run);
        ToolCancellation c = ToolCancellation.of(e);
        if (c != null) {
            c.onCancel(() -> {
                if (!runs.cancel(run.runId())) {
                    run.cancel("caller");
                }
            });
        }
    }

    /** One INFO line per PROGRESS_EVERY_NANOS of waiting, so a long run shows in the log that it is alive. */
    private void progress(Exchange e) {
        long now = System.nanoTime();
        Long last = e.getProperty(LOGGED_AT, Long.class);
        if (last == null) {
            e.setProperty(LOGGED_AT, now);
            return;
        }
        if (now - last >= PROGRESS_EVERY_NANOS) {
            e.setProperty(LOGGED_AT, now);
            PollingRun run = PollingRun.of(e);
            log.info("{} run {} is still {}", run.kind().label(), run.runId(), run.status());
        }
    }

    private static SophosRequest poll(PollingRun run) {
        return SophosRequest.get(run.kind().runPath(run.runId()), Scope.tenant(run.tenant()));
    }

    private void conclude(Exchange e) {
        PollingRun run = PollingRun.of(e);
        runs.untrack(run);
        if (run.canceled()) {
            throw ended(run, 409, "was canceled", "canceled by its caller, who went away");
        }
        if (!run.finished()) {
            e.getMessage().setBody(running(run));
            return;
        }
        switch (run.result()) {
            case "succeeded" -> {
                // the tool reads the results
            }
            case "timedOut" -> throw ended(run, 504, "timed out", "Sophos ended it with result timedOut");
            case "canceled" -> throw ended(run, 409, "was canceled", "Sophos reports it canceled");
            case "failed" -> throw ended(run, 502, "failed", "Sophos ended it with result failed");
            default -> throw ended(run, 502, "ended without success",
                    "Sophos ended it with result '" + run.result() + "'");
        }
    }

    private ObjectNode running(PollingRun run) {
        ObjectNode out = json.createObjectNode();
        ObjectNode t = out.putObject("tenant");
        t.put("id", run.tenant().id());
        if (run.tenant().name() != null) {
            t.put("name", run.tenant().name());
        }
        out.put("status", "running");
        out.put("run_id", run.runId());
        out.put("poll_after_seconds", run.pollAfterSeconds());
        out.put("run_status", run.status());
        out.put("detail", "The " + run.kind().label() + " has not finished within wait_seconds. Call the tool again "
                + "with run_id=" + run.runId() + " (and the same tenant_id) to keep waiting; nothing is submitted twice.");
        return out;
    }

    private static ToolException ended(PollingRun run, int status, String what, String why) {
        return new ToolException(status, run.kind().label() + " run " + what,
                "The " + run.kind().label() + " run " + run.runId() + " " + what + ": " + why + ".",
                Map.of("run_id", run.runId(), "result", run.canceled() ? "canceled" : run.result()));
    }
}
