package io.centralbridge.groups;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.centralbridge.tool.ToolException;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class UpdateEndpointGroupTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("update_endpoint_group",
            "Renames an endpoint group and/or changes its description. Groups synced from Active Directory cannot "
                    + "be changed (409 from Sophos). Write tool: needs the grant 'update_endpoint_group' or 'groups'.",
            Schema.object()
                    .prop("group_id", Groups.groupId())
                    .prop("name", Schema.string(100))
                    .prop("description", Schema.string(500))
                    .prop("tenant_id", Schema.tenantId())
                    .required("group_id"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        if (!call.has("name") && !call.has("description")) {
            throw ToolException.badParameter("name", "give name, description or both: there is nothing to change");
        }
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode();
        if (call.has("name")) {
            body.put("name", call.text("name"));
        }
        if (call.has("description")) {
            body.put("description", call.text("description"));
        }
        return WritePlan.of(t, SophosRequest.send("PATCH", Groups.path(call.text("group_id")), body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("group", responses.get(0));
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        JsonNode g = Groups.find(write, plan.tenant(), call.text("group_id"));
        ObjectNode out = newAnswer(plan);
        if (g == null) {
            return new ReadBack(false, out);
        }
        out.set("group", g);
        boolean applied = (!call.has("name") || call.text("name").equals(g.path("name").asText()))
                && (!call.has("description") || call.text("description").equals(g.path("description").asText()));
        return new ReadBack(applied, out);
    }
}
