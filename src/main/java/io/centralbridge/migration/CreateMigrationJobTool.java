package io.centralbridge.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.actions.ReadBack;
import io.centralbridge.actions.WritePlan;
import io.centralbridge.actions.WriteToolRoute;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosApiException;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves endpoints from one tenant to another with the two-step handshake: the receiving tenant creates the
 * job and gets a token (on the receiver's region host), then the sending tenant starts it with that token on
 * its own region host. Sending the PUT to the sender's host is our reading (UNCONFIRMED, sophos-api.md §5):
 * ACAD's script uses the receiver's, which only works when both share a region. The token never leaves
 * this tool: not in the answer, not in the audit.
 */
@Component
class CreateMigrationJobTool extends WriteToolRoute {

    private static final String JOB_ID = "{jobId from step 1}";
    private static final String TOKEN = "<token from step 1>";
    private static final ToolDef DEF = writeTool("create_migration_job",
            "Migrates endpoints from one tenant (from_tenant_id) to another (to_tenant_id), which may be in another "
                    + "region: the receiving tenant creates the job, the sending tenant starts it. Answers the job and "
                    + "each endpoint's status (pending, succeeded, failed, with its new id); follow up with "
                    + "list_migration_endpoints. Partner or organization credentials reaching both tenants. Write "
                    + "tool: needs the grant 'create_migration_job' or 'migration'.",
            Schema.object()
                    .prop("from_tenant_id", Schema.uuid().describe("The sending tenant (from list_tenants)"))
                    .prop("to_tenant_id", Schema.uuid().describe("The receiving tenant (from list_tenants)"))
                    .prop("endpoint_ids", Schema.arrayOf(Schema.uuid(), 1, Migrations.MAX_ENDPOINTS)
                            .describe("Endpoints of the sending tenant, 1 to " + Migrations.MAX_ENDPOINTS))
                    .required("from_tenant_id", "to_tenant_id", "endpoint_ids"),
            ToolDef.ROLE_SUPER_ADMIN);

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    protected WritePlan plan(ToolCall call) {
        if (call.text("from_tenant_id").equalsIgnoreCase(call.text("to_tenant_id"))) {
            throw ToolException.badParameter("to_tenant_id", "must be another tenant than from_tenant_id");
        }
        Tenant from = write.tenants().resolve(call.text("from_tenant_id"), "from_tenant_id");
        Tenant to = write.tenants().resolve(call.text("to_tenant_id"), "to_tenant_id");
        List<String> ids = List.copyOf(new LinkedHashSet<>(call.texts("endpoint_ids").stream().map(String::toLowerCase).toList()));
        ObjectNode create = write.json().createObjectNode().put("fromTenant", from.id());
        create.set("endpoints", write.json().valueToTree(ids));
        ObjectNode start = write.json().createObjectNode().put("id", JOB_ID).put("token", TOKEN);
        start.set("endpoints", write.json().valueToTree(ids));
        return new WritePlan(to, List.of(
                SophosRequest.send("POST", Migrations.BASE, create, Scope.tenant(to)),
                SophosRequest.send("PUT", Migrations.BASE + "/" + JOB_ID, start, Scope.tenant(from))));
    }

    /** Step 2 takes the job id and token step 1 answered. */
    @Override
    protected SophosRequest prepare(SophosRequest planned, List<JsonNode> previous) {
        if (previous.isEmpty()) {
            return planned;
        }
        String id = previous.get(0).path("id").asText();
        ObjectNode body = ((ObjectNode) planned.body()).deepCopy().put("id", id)
                .put("token", previous.get(0).path("token").asText());
        return SophosRequest.send(planned.method(), Migrations.job(id), body, planned.scope());
    }

    @Override
    protected ObjectNode answer(ToolCall call, WritePlan plan, List<JsonNode> responses) {
        return shape(call, plan, responses.get(1), responses.get(0).path("id").asText());
    }

    private ObjectNode shape(ToolCall call, WritePlan plan, JsonNode job, String jobId) {
        ObjectNode out = newAnswer(plan);
        Tenant from = write.tenants().resolve(call.text("from_tenant_id"), "from_tenant_id");
        out.set("receivingTenant", out.remove("tenant"));
        ((ObjectNode) out.get("receivingTenant")).put("dataRegion", plan.tenant().dataRegion());
        out.putObject("sendingTenant").put("id", from.id()).put("name", from.name()).put("dataRegion", from.dataRegion());
        ObjectNode j = job.deepCopy();
        j.remove("token");
        out.set("job", j);
        out.put("started", true);
        ArrayNode endpoints = out.putArray("endpoints");
        write.readAll(SophosRequest.get(Migrations.job(jobId) + "/endpoints", Scope.tenant(plan.tenant()))
                .paged(Paging.PAGE, "default"), Migrations.MAX_ENDPOINTS).forEach(endpoints::add);
        return out;
    }

    /**
     * Step 1 failed: at most an unstarted job exists, which expires unused; nothing moved, but we cannot see it
     * without its id, so the outcome is reported unknown. Step 2 failed: the sender sees the job once started.
     */
    @Override
    protected ReadBack readBack(ToolCall call, WritePlan plan, List<JsonNode> previous) {
        if (previous.isEmpty()) {
            return null;
        }
        String jobId = previous.get(0).path("id").asText();
        Scope sender = plan.requests().get(1).scope();
        try {
            JsonNode job = write.send(SophosRequest.get(Migrations.job(jobId), sender));
            return new ReadBack(true, shape(call, plan, job, jobId));
        } catch (SophosApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            ObjectNode out = newAnswer(plan);
            out.put("jobId", jobId).put("started", false);
            return new ReadBack(false, out);
        }
    }
}
