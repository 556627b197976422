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
import org.springframework.stereotype.Component;

@Component
class CreateBlockedItemTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("create_blocked_item",
            "Blocks a file by its SHA-256 on every endpoint of the tenant. Answers the created item; a duplicate is "
                    + "a 409 from Sophos. Write tool: needs the grant 'create_blocked_item' or 'lists'.",
            Schema.object()
                    .prop("sha256", Schema.string(64).describe("The file's SHA-256, 64 hexadecimal characters"))
                    .prop("comment", Schema.string(300).describe("Why it is blocked (at most 300 characters)"))
                    .prop("file_name", Schema.string(255).describe("The file's name, for people reading the list"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("sha256", "comment"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        String sha = WriteChecks.sha256("sha256", call.text("sha256"));
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("type", "sha256");
        ObjectNode props = body.putObject("properties").put("sha256", sha);
        if (call.has("file_name")) {
            props.put("fileName", call.text("file_name"));
        }
        body.put("comment", call.text("comment"));
        return WritePlan.of(t, SophosRequest.send("POST", SettingsItems.BASE + "/blocked-items", body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("item", responses.get(0));
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        String sha = call.text("sha256").toLowerCase();
        return SettingsItems.created(write, newAnswer(plan),
                SettingsItems.all(write, plan.tenant(), "/blocked-items", null),
                i -> sha.equalsIgnoreCase(i.at("/properties/sha256").asText()));
    }
}
