package io.centralbridge.tool;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Records every call of a write tool, whatever became of it (refused, invalid, dry run, applied, failed).
 * {@link ToolInvoker} calls it once per write call; the implementation lives in {@code security/}.
 *
 * @param result  the answer, when the call succeeded (never written out: it may hold a password)
 * @param failure the error the caller got, when it failed
 */
public interface ToolAudit {

    void written(ToolDef def, JsonNode params, Caller caller, JsonNode result, ToolException failure);

    ToolAudit NONE = (def, params, caller, result, failure) -> {
    };
}
