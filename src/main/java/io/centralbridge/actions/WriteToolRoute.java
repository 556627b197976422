package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A write tool: plan (validate, resolve tenant and host), then either describe the plan (dry_run) or send it,
 * once. A timeout or 5xx is never answered by sending again: the tool reads back what is true upstream.
 */
public abstract class WriteToolRoute extends ToolRouteBuilder {

    protected WriteSupport write;

    @Autowired
    void setWriteSupport(WriteSupport write) {
        this.write = write;
    }

    /** A write tool's definition; every write tool takes dry_run. */
    protected static ToolDef writeTool(String name, String description, Schema params, String role) {
        params.prop("dry_run", Schema.bool().defaultValue(false).describe("Validate, resolve tenant and host, and "
                + "answer the exact request that would be sent, sending nothing."));
        return new ToolDef(name, description, Access.WRITE, params.json(), role, null);
    }

    /** Validation beyond the schema, tenant resolution and the requests to send; sends nothing. */
    protected abstract WritePlan plan(ToolCall call);

    /** The answer, from the answers of the plan's requests (one each). */
    protected abstract ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses);

    /** After an ambiguous failure, what is true upstream; null when Sophos offers no way to tell. */
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        return null;
    }

    /** The same, knowing the answers of the steps that succeeded before the failing one. */
    protected ReadBack readBack(ToolCall call, WritePlan plan, List<JsonNode> previous) {
        return readBack(call, plan);
    }

    /** The request actually sent for a planned one, given the answers so far (multi-step writes). */
    protected SophosRequest prepare(SophosRequest planned, List<JsonNode> previous) {
        return planned;
    }

    @Override
    public void configure() {
        tool().process(e -> e.getMessage().setBody(run(call(e))));
    }

    private JsonNode run(ToolCall call) {
        WritePlan plan = plan(call);
        if (Boolean.TRUE.equals(call.bool("dry_run"))) {
            return write.dryRun(definition(), plan);
        }
        List<JsonNode> responses = new ArrayList<>();
        for (SophosRequest planned : plan.requests()) {
            try {
                responses.add(write.send(prepare(planned, responses)));
            } catch (RuntimeException e) {
                if (!WriteSupport.ambiguous(e)) {
                    throw e;
                }
                ReadBack rb = readBack(call, plan, responses);
                if (rb == null) {
                    throw write.unconfirmed(definition(), e);
                }
                return write.confirmed(definition(), rb, e);
            }
        }
        return answer(call, plan, responses);
    }

    protected ObjectNode newAnswer(WritePlan plan) {
        ObjectNode out = write.json().createObjectNode();
        WriteSupport.putTenant(out, plan.tenant());
        return out;
    }
}
