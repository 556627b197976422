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
class CreateAllowedItemTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("create_allowed_item",
            "Adds an item to the tenant's allowed list so that Sophos stops detecting it: a file by SHA-256, a path, "
                    + "or a certificate signer. Answers the created item; a duplicate is a 409 from Sophos. Write "
                    + "tool: needs the grant 'create_allowed_item' or 'lists'.",
            Schema.object()
                    .prop("item_type", Schema.enumOf("sha256", "path", "certificateSigner"))
                    .prop("value", Schema.string(1000).describe("The SHA-256 (64 hex), path or certificate signer"))
                    .prop("comment", Schema.string(300).describe("Why it is allowed (at most 300 characters)"))
                    .prop("origin_endpoint_id", Schema.uuid().describe("Endpoint the item was seen on"))
                    .prop("origin_person_id", Schema.uuid().describe("User the item was seen with"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("item_type", "value", "comment"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        String type = call.text("item_type");
        String value = "sha256".equals(type) ? WriteChecks.sha256("value", call.text("value")) : call.text("value");
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("type", type);
        body.putObject("properties").put(type, value);
        body.put("comment", call.text("comment"));
        if (call.has("origin_endpoint_id")) {
            body.put("originEndpointId", call.text("origin_endpoint_id").toLowerCase());
        }
        if (call.has("origin_person_id")) {
            body.put("originPersonId", call.text("origin_person_id").toLowerCase());
        }
        return WritePlan.of(t, SophosRequest.send("POST", SettingsItems.BASE + "/allowed-items", body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("item", responses.get(0));
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        JsonNode props = plan.requests().get(0).body().path("properties");
        String type = call.text("item_type");
        return SettingsItems.created(write, newAnswer(plan),
                SettingsItems.all(write, plan.tenant(), "/allowed-items", null),
                i -> type.equals(i.path("type").asText())
                        && props.path(type).asText().equalsIgnoreCase(i.path("properties").path(type).asText()));
    }
}
