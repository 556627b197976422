package io.centralbridge.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import org.springframework.stereotype.Component;

@Component
class GetMigrationJobTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("get_migration_job",
            "Reads one migration job as one of its two tenants sees it (mode receiving or sending): id, tenants, "
                    + "createdAt, expiresAt, createdBy. The sending tenant sees the job once it has been started.",
            Schema.object()
                    .prop("job_id", Migrations.jobId())
                    .prop("tenant_id", Schema.tenantId())
                    .required("job_id")
                    .json());

    private final TenantResolver tenants;
    private final SophosClient client;
    private final ObjectMapper json;

    GetMigrationJobTool(TenantResolver tenants, SophosClient client, ObjectMapper json) {
        this.tenants = tenants;
        this.client = client;
        this.json = json;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    public void configure() {
        tool().process(e -> {
            Tenant t = tenants.resolve(call(e));
            JsonNode job = client.call(SophosRequest.get(Migrations.job(call(e).text("job_id")), Scope.tenant(t)));
            ObjectNode out = json.createObjectNode();
            putTenant(out, t);
            ObjectNode j = job.deepCopy();
            j.remove("token");
            out.set("job", j);
            e.getMessage().setBody(out);
        });
    }
}
