package io.centralbridge.hunting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.PageResult;
import io.centralbridge.tool.ToolRouteBuilder;

/** Bits of answer the tools share. */
final class HuntingAnswers {

    private HuntingAnswers() {
    }

    /** The head of every finished answer: tenant, status, result and run id. */
    static ObjectNode finished(PollingRun run, ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        ToolRouteBuilder.putTenant(out, run.tenant());
        out.put("status", "finished");
        out.put("result", run.result());
        out.put("run_id", run.runId());
        return out;
    }

    /** The metadata.columns [{name, type}] of XDR and Live Discover results; empty when Sophos sent none. */
    static JsonNode columns(PageResult pages, ObjectMapper json) {
        JsonNode c = pages.lastPage() == null ? null : pages.lastPage().path("metadata").path("columns");
        return c != null && c.isArray() ? c.deepCopy() : json.createArrayNode();
    }
}
