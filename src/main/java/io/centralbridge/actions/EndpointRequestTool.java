package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;

/**
 * A request Sophos queues for one endpoint (a scan, an update check): POST with {} and a 201 {id, status,
 * requestedAt}. Sophos has no way to list such requests, so after a 5xx the outcome is reported unknown.
 */
abstract class EndpointRequestTool extends WriteToolRoute {

    static Schema params() {
        return Schema.object()
                .prop("endpoint_id", Schema.uuid().describe("The endpoint (from list_endpoints)"))
                .prop("tenant_id", Schema.tenantId())
                .required("endpoint_id");
    }

    abstract String segment();

    abstract String field();

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        return WritePlan.of(t, SophosRequest.send("POST", "/endpoint/v1/endpoints/"
                + call.text("endpoint_id").toLowerCase() + "/" + segment(), write.json().createObjectNode(), Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.putObject("endpoint").put("id", call.text("endpoint_id").toLowerCase());
        out.set(field(), responses.get(0));
        return out;
    }
}
