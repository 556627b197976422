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
class CreateScanningExclusionTool extends WriteToolRoute {

    static final String PATH = "/exclusions/scanning";
    private static final ToolDef DEF = writeTool("create_scanning_exclusion",
            "Excludes a path, process, web site, PUA or other item from scanning on the tenant's endpoints. Answers "
                    + "the created exclusion with its id (delete_scanning_exclusion takes it). Write tool: needs the "
                    + "grant 'create_scanning_exclusion' or 'lists'.",
            Schema.object()
                    .prop("value", Schema.string(1000).describe("What to exclude, e.g. C:\\Build\\ or build.exe"))
                    .prop("exclusion_type", Schema.enumOf("path", "posixPath", "virtualPath", "process", "web", "pua",
                            "amsi", "behavioral", "exploitMitigation", "detectedExploit", "journalHashingProcess"))
                    .prop("scan_mode", Schema.enumOf("onDemand", "onAccess", "onDemandAndOnAccess"))
                    .prop("comment", Schema.string(300).describe("Why (at most 300 characters)"))
                    .prop("tenant_id", Schema.tenantId())
                    .required("value", "exclusion_type"),
            ToolDef.ROLE_MANAGEMENT);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        Tenant t = write.tenants().resolve(call);
        ObjectNode body = write.json().createObjectNode().put("value", call.text("value"))
                .put("type", call.text("exclusion_type"));
        if (call.has("scan_mode")) {
            body.put("scanMode", call.text("scan_mode"));
        }
        if (call.has("comment")) {
            body.put("comment", call.text("comment"));
        }
        return WritePlan.of(t, SophosRequest.send("POST", SettingsItems.BASE + PATH, body, Scope.tenant(t)));
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        ObjectNode out = newAnswer(plan);
        out.set("exclusion", responses.get(0));
        return out;
    }

    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan) {
        ReadBack rb = SettingsItems.created(write, newAnswer(plan),
                SettingsItems.all(write, plan.tenant(), PATH, call.text("exclusion_type")),
                i -> call.text("value").equals(i.path("value").asText()));
        if (rb.answer().has("item")) {
            rb.answer().set("exclusion", rb.answer().remove("item"));
        }
        return rb;
    }
}
