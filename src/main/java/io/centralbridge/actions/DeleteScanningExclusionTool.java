package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosApiException;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class DeleteScanningExclusionTool extends WriteToolRoute {

    private static final ToolDef DEF = writeTool("delete_scanning_exclusion",
            "Deletes one scanning exclusion by id (create_scanning_exclusion answers it). Answers {deleted:true}; an "
                    + "unknown id is a 404. Write tool: needs the grant 'delete_scanning_exclusion' or 'lists'.",
            Schema.object()
                    .prop("exclusion_id", Schema.uuid().describe("The exclusion's id"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("exclusion_id"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        return WritePlan.of(t, SophosRequest.send("DELETE", SettingsItems.BASE + CreateScanningExclusionTool.PATH + "/"
                + call.text("exclusion_id").toLowerCase(), null, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.put("exclusionId", call.text("exclusion_id").toLowerCase());
        out.put("deleted", responses.get(0).path("deleted").asBoolean(true));
        return out;
    }

    /** Deleted when reading the exclusion answers 404. */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        ObjectNode out = newAnswer(plan);
        out.put("exclusionId", call.text("exclusion_id").toLowerCase());
        try {
            write.send(SophosRequest.get(plan.requests().get(0).path(), Scope.tenant(plan.tenant())));
            out.put("deleted", false);
            return new ReadBack(false, out);
        } catch (SophosApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            out.put("deleted", true);
            return new ReadBack(true, out);
        }
    }
}
