package io.centralbridge.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.actions.ReadBack;
import io.centralbridge.actions.WritePlan;
import io.centralbridge.actions.WriteToolRoute;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class RemoveEndpointsFromGroupTool extends WriteToolRoute {

    /** The ids travel in the DELETE's query string (Sophos takes no body there): keep the URL short. */
    static final int MAX_IDS = 100;

    private static final ToolDef DEF = writeTool("remove_endpoints_from_group",
            "Removes endpoints from an endpoint group; they stay managed, ungrouped. Answers the endpoints removed "
                    + "and those not found in the group. Write tool: needs the grant 'remove_endpoints_from_group' or "
                    + "'groups'.",
            Schema.object()
                    .prop("group_id", Groups.groupId())
                    .prop("endpoint_ids", Groups.endpointIds(1, MAX_IDS))
                    .prop("tenant_id", Schema.tenantId())
                    .required("group_id", "endpoint_ids"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        return WritePlan.of(t, SophosRequest.send("DELETE", Groups.path(call.text("group_id")) + "/endpoints", null,
                Scope.tenant(t)).query("ids", Groups.lower(call.texts("endpoint_ids"))));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        out.set("removedEndpoints", responses.get(0).path("removedEndpoints"));
        out.set("errors", responses.get(0).path("errors"));
        return out;
    }

    /** Applied when none of the endpoints is a member any more. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        Set<String> members = Groups.members(write, plan.tenant(), call.text("group_id"));
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        ArrayNode still = out.putArray("stillMembers");
        Groups.lower(call.texts("endpoint_ids")).stream().filter(members::contains).forEach(still::add);
        return new ReadBack(still.isEmpty(), out);
    }
}
