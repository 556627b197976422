package io.centralbridge.hunting;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The runs this instance is waiting for right now, by run id, so that a caller who goes away can stop them:
 * {@link #cancel(String)} ends the wait at the next poll and, where Sophos allows it (the Data Lake), cancels
 * the run upstream. A run answered as "running" is no longer here; it lives on in Sophos under its run_id.
 */
@Component
public class HuntingRuns {

    private static final Logger log = LoggerFactory.getLogger(HuntingRuns.class);

    private final Map<String, PollingRun> inFlight = new ConcurrentHashMap<>();
    private final SophosClient sophos;

    HuntingRuns(SophosClient sophos) {
        this.sophos = sophos;
    }

    void track(PollingRun run) {
        if (run.runId() != null) {
            inFlight.put(run.runId(), run);
        }
    }

    void untrack(PollingRun run) {
        if (run.runId() != null) {
            inFlight.remove(run.runId(), run);
        }
    }

    /** Run ids being polled now. */
    public Set<String> inFlight() {
        return Set.copyOf(inFlight.keySet());
    }

    /**
     * Stops waiting for the run and cancels it upstream when its API has a cancel (XDR Data Lake). Live Discover
     * and Detections document no cancel: their runs just stop being polled and expire in Sophos.
     *
     * @return true when a run of that id was in flight here
     */
    public boolean cancel(String runId) {
        PollingRun run = runId == null ? null : inFlight.remove(runId);
        if (run == null) {
            return false;
        }
        run.cancel("caller");
        if (run.kind().cancellable()) {
            try {
                sophos.call(SophosRequest.send("POST", run.kind().cancelPath(runId),
                        JsonNodeFactory.instance.objectNode(), Scope.tenant(run.tenant())));
            } catch (RuntimeException e) {
                // the run then ends by itself upstream; nothing else is left to undo
                log.info("could not cancel {} run {} upstream: {}", run.kind().label(), runId, e.getMessage());
            }
        }
        return true;
    }
}
