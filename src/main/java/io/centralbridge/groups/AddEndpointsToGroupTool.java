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
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class AddEndpointsToGroupTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("add_endpoints_to_group",
            "Adds endpoints to an endpoint group (an endpoint is in one group at a time). Answers the endpoints "
                    + "added and those Sophos did not find or that are of the wrong type. Write tool: needs the grant "
                    + "'add_endpoints_to_group' or 'groups'.",
            io.centralbridge.tool.Schema.object()
                    .prop("group_id", Groups.groupId())
                    .prop("endpoint_ids", Groups.endpointIds(1))
                    .prop("tenant_id", io.centralbridge.tool.Schema.tenantId())
                    .required("group_id", "endpoint_ids"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode();
        ArrayNode ids = body.putArray("ids");
        Groups.lower(call.texts("endpoint_ids")).forEach(ids::add);
        return WritePlan.of(t, SophosRequest.send("POST", Groups.path(call.text("group_id")) + "/endpoints", body,
                Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        out.set("addedEndpoints", responses.get(0).path("addedEndpoints"));
        out.set("errors", responses.get(0).path("errors"));
        return out;
    }

    /** Applied when every endpoint asked for is now a member. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        Set<String> members = Groups.members(write, plan.tenant(), call.text("group_id"));
        List<String> wanted = Groups.lower(call.texts("endpoint_ids"));
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        ArrayNode in = out.putArray("members");
        wanted.stream().filter(members::contains).forEach(in::add);
        ArrayNode missing = out.putArray("notMembers");
        wanted.stream().filter(id -> !members.contains(id)).forEach(missing::add);
        return new ReadBack(missing.isEmpty(), out);
    }
}
