package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class UpdateEndpointsIsolationTool extends WriteToolRoute {

    static final int MAX_ENDPOINTS = 1000;
    private static final ToolDef DEF = writeTool("update_endpoints_isolation",
            "Isolates endpoints from the network (enabled=true) or ends their isolation (enabled=false), then answers "
                    + "each endpoint's isolation state. Sophos advises waiting a while between turning isolation on "
                    + "and off. Write tool: needs the grant 'update_endpoints_isolation' or 'containment'.",
            Schema.object()
                    .prop("enabled", Schema.bool().describe("true isolates, false ends the isolation"))
                    .prop("endpoint_ids", Schema.arrayOf(Schema.uuid(), 1, MAX_ENDPOINTS)
                            .describe("Endpoint ids (from list_endpoints), 1 to " + MAX_ENDPOINTS))
                    .prop("comment", Schema.string(100).describe("Why; shown in Sophos Central (at most 100 characters)"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("enabled", "endpoint_ids"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("enabled", call.bool("enabled"));
        if (call.has("comment")) {
            body.put("comment", call.text("comment"));
        }
        ArrayNode ids = body.putArray("ids");
        new LinkedHashSet<>(call.texts("endpoint_ids")).forEach(id -> ids.add(id.toLowerCase()));
        return WritePlan.of(t, SophosRequest.send("POST", "/endpoint/v1/endpoints/isolation", body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.put("enabled", call.bool("enabled"));
        ArrayNode items = out.putArray("items");
        for (JsonNode i : responses.get(0).path("items")) {
            ObjectNode n = items.addObject().put("id", i.path("id").asText());
            n.put("isolated", i.at("/isolation/enabled").asBoolean());
            n.set("isolation", i.path("isolation"));
        }
        out.put("count", items.size());
        return out;
    }

    /** Reads the endpoints' isolation status: applied when every one is in the state asked for. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(call.texts("endpoint_ids")));
        List<JsonNode> found = write.readAll(SophosRequest.get("/endpoint/v1/endpoints", Scope.tenant(plan.tenant()))
                .query("ids", ids).query("fields", "id,hostname,isolation")
                .paged(Paging.KEY, "endpoints"), MAX_ENDPOINTS);
        String wanted = Boolean.TRUE.equals(call.bool("enabled")) ? "isolated" : "notIsolated";
        ObjectNode out = newAnswer(plan);
        out.put("enabled", call.bool("enabled"));
        ArrayNode items = out.putArray("items");
        boolean all = found.size() == ids.size();
        for (JsonNode e : found) {
            String status = e.at("/isolation/status").asText("notIsolated");
            all &= wanted.equals(status);
            items.addObject().put("id", e.path("id").asText()).put("hostname", e.path("hostname").asText())
                    .put("isolated", "isolated".equals(status)).set("isolation", e.path("isolation"));
        }
        out.put("count", items.size());
        return new ReadBack(all, out);
    }
}
