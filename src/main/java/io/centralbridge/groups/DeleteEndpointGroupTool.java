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
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class DeleteEndpointGroupTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("delete_endpoint_group",
            "Deletes an endpoint group; its endpoints stay, ungrouped. Groups synced from Active Directory cannot be "
                    + "deleted (409 from Sophos). Write tool: needs the grant 'delete_endpoint_group' or 'groups'.",
            Schema.object()
                    .prop("group_id", Groups.groupId())
                    .prop("tenant_id", Schema.tenantId())
                    .required("group_id"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        return WritePlan.of(t, SophosRequest.send("DELETE", Groups.path(call.text("group_id")), null, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        out.put("deleted", responses.get(0).path("deleted").asBoolean(true));
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        boolean gone = Groups.find(write, plan.tenant(), call.text("group_id")) == null;
        ObjectNode out = newAnswer(plan);
        out.put("groupId", call.text("group_id").toLowerCase());
        out.put("deleted", gone);
        return new ReadBack(gone, out);
    }
}
