package io.centralbridge.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.actions.ReadBack;
import io.centralbridge.actions.WritePlan;
import io.centralbridge.actions.WriteToolRoute;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CreateEndpointGroupTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("create_endpoint_group",
            "Creates an endpoint group of computers or servers, optionally with its first members. Answers the group "
                    + "with its id and members; a name in use is a 409 from Sophos. Write tool: needs the grant "
                    + "'create_endpoint_group' or 'groups'.",
            Schema.object()
                    .prop("name", Schema.string(100).describe("The group's name (unique in the tenant)"))
                    .prop("group_type", Schema.enumOf("computer", "server"))
                    .prop("description", Schema.string(500))
                    .prop("endpoint_ids", Groups.endpointIds(0))
                    .prop("tenant_id", Schema.tenantId())
                    .required("name", "group_type"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("name", call.text("name"))
                .put("description", call.has("description") ? call.text("description") : "")
                .put("type", call.text("group_type"));
        ArrayNode ids = body.putArray("endpointIds");
        Groups.lower(call.texts("endpoint_ids")).forEach(ids::add);
        return WritePlan.of(t, SophosRequest.send("POST", Groups.BASE, body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("group", responses.get(0));
        return out;
    }

    /** Created when a group of that name and type is listed. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        ObjectNode out = newAnswer(plan);
        JsonNode group = write.readAll(SophosRequest.get(Groups.BASE, Scope.tenant(plan.tenant()))
                        .query("search", call.text("name")).query("groupType", call.text("group_type"))
                        .paged(Paging.PAGE, "default"), 10000).stream()
                .filter(g -> call.text("name").equalsIgnoreCase(g.path("name").asText())).findFirst().orElse(null);
        if (group != null) {
            out.set("group", group);
        }
        return new ReadBack(group != null, out);
    }
}
