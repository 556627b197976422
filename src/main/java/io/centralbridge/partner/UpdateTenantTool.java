package io.centralbridge.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.actions.ReadBack;
import io.centralbridge.actions.WritePlan;
import io.centralbridge.actions.WriteToolRoute;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Renames a tenant (showAs). The path is UNCONFIRMED (sophos-api.md §17): see {@link UnconfirmedPaths}. */
@Component
class UpdateTenantTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("update_tenant",
            "Changes the name a managed tenant is shown as (showAs). Partner credentials only. The Sophos path is "
                    + "UNCONFIRMED (configurable). Write tool: needs the grant 'update_tenant' or 'partner'.",
            Schema.object()
                    .prop("tenant_id", Schema.uuid().describe("The tenant (from list_tenants)"))
                    .prop("show_as", Schema.string(100).describe("The new display name"))
                    .required("tenant_id", "show_as"),
            ToolDef.ROLE_SUPER_ADMIN);

    private final UnconfirmedPaths paths;
    private final TenantDirectory directory;

    UpdateTenantTool(UnconfirmedPaths paths, TenantDirectory directory) {
        this.paths = paths;
        this.directory = directory;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        PartnerOnly.require(write.tenants(), DEF.name());
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("showAs", call.text("show_as"));
        return WritePlan.of(t, SophosRequest.send("PATCH", paths.tenantUpdate(t.id()), body, Scope.partner()));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        directory.invalidate(); // list_tenants must show the new name
        return shape(plan, responses.get(0));
    }

    private ObjectNode shape(WritePlan plan, JsonNode tenant) {
        ObjectNode out = newAnswer(plan);
        ObjectNode t = (ObjectNode) out.get("tenant");
        t.put("showAs", tenant.path("showAs").asText());
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        directory.invalidate();
        JsonNode t = write.send(SophosRequest.get(paths.tenantUpdate(plan.tenant().id()), Scope.partner()));
        return new ReadBack(call.text("show_as").equals(t.path("showAs").asText()), shape(plan, t));
    }
}
