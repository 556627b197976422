package io.centralbridge.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class ListMigrationEndpointsTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("list_migration_endpoints",
            "Lists the endpoints of a migration job with their status (pending, succeeded, failed), the new id in "
                    + "the receiving tenant, migratedAt / failedAt and the reason of a failure, plus counts by status.",
            Schema.object()
                    .prop("job_id", Migrations.jobId())
                    .prop("tenant_id", Schema.tenantId())
                    .required("job_id")
                    .json());

    private final TenantResolver tenants;
    private final SophosClient client;
    private final ObjectMapper json;

    ListMigrationEndpointsTool(TenantResolver tenants, SophosClient client, ObjectMapper json) {
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
            String jobId = call(e).text("job_id").toLowerCase();
            List<JsonNode> items = client.pages(SophosRequest.get(Migrations.job(jobId) + "/endpoints", Scope.tenant(t))
                    .paged(Paging.PAGE, "default"), Migrations.MAX_ENDPOINTS).items();
            ObjectNode out = json.createObjectNode();
            putTenant(out, t);
            out.put("jobId", jobId);
            out.put("count", items.size());
            ObjectNode counts = out.putObject("byStatus");
            ArrayNode list = out.putArray("items");
            for (JsonNode i : items) {
                String s = i.path("status").asText("unknown");
                counts.put(s, counts.path(s).asInt() + 1);
                list.add(i);
            }
            e.getMessage().setBody(out);
        });
    }
}
