package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tamper protection of one endpoint. Sophos answers the password on every call; it is passed on only when the
 * caller asked for it (regenerate_password or reveal_password), and the audit never sees answers at all.
 */
@Component
class UpdateTamperProtectionTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("update_tamper_protection",
            "Turns tamper protection of one endpoint on or off, and/or regenerates its password. The password is in "
                    + "the answer only with regenerate_password=true or reveal_password=true. Tamper protection can "
                    + "only be turned on if it is on globally. Write tool: needs the grant 'update_tamper_protection' "
                    + "or 'tamper'.",
            Schema.object()
                    .prop("endpoint_id", Schema.uuid().describe("The endpoint (from list_endpoints)"))
                    .prop("enabled", Schema.bool().describe("true turns tamper protection on, false off"))
                    .prop("regenerate_password", Schema.bool().defaultValue(false)
                            .describe("Make a new password (answered); the old one goes to previousPasswords"))
                    .prop("reveal_password", Schema.bool().defaultValue(false)
                            .describe("Include the current password in the answer"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("endpoint_id"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        boolean regenerate = Boolean.TRUE.equals(call.bool("regenerate_password"));
        if (!call.has("enabled") && !regenerate && !Boolean.TRUE.equals(call.bool("reveal_password"))) {
            throw ToolException.badParameter("enabled", "say what to do: enabled, regenerate_password or "
                    + "reveal_password", List.of(true, false));
        }
        Tenant t = write.tenants().resolve(call);
        String path = "/endpoint/v1/endpoints/" + call.text("endpoint_id").toLowerCase() + "/tamper-protection";
        if (!call.has("enabled") && !regenerate) {
            return WritePlan.of(t, SophosRequest.get(path, Scope.tenant(t))); // reveal only: nothing to change
        }
        ObjectNode body = write.json().createObjectNode();
        if (call.has("enabled")) {
            body.put("enabled", call.bool("enabled"));
        }
        if (regenerate) {
            body.put("regeneratePassword", true);
        }
        return WritePlan.of(t, SophosRequest.send("POST", path, body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        return shape(call, plan, responses.get(0));
    }

    private ObjectNode shape(ToolCall call, WritePlan plan, JsonNode tp) {
        ObjectNode out = newAnswer(plan);
        out.putObject("endpoint").put("id", call.text("endpoint_id").toLowerCase());
        out.put("enabled", tp.path("enabled").asBoolean());
        if (Boolean.TRUE.equals(call.bool("regenerate_password")) || Boolean.TRUE.equals(call.bool("reveal_password"))) {
            out.put("password", tp.path("password").asText());
        }
        out.put("previousPasswordCount", tp.path("previousPasswords").size());
        return out;
    }

    /** Only the on/off state can be read back; a regenerated password cannot be told from the old one. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        if (!call.has("enabled") || Boolean.TRUE.equals(call.bool("regenerate_password"))) {
            return null;
        }
        JsonNode tp = write.send(SophosRequest.get(plan.requests().get(0).path(), Scope.tenant(plan.tenant())));
        return new ReadBack(tp.path("enabled").asBoolean() == call.bool("enabled"), shape(call, plan, tp));
    }
}
