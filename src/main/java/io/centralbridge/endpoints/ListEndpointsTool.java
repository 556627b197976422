package io.centralbridge.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.PageResult;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

@Component
class ListEndpointsTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("list_endpoints",
            "Lists the managed endpoints of one tenant, split into computers, servers and security VMs, each with "
                    + "its count and items (hostname, OS, health, tamper protection, isolation, products, lastSeenAt). "
                    + "Reads all pages up to max_records. Partner and organization credentials: call list_tenants "
                    + "first for tenant_id.",
            Schema.object()
                    .prop("tenant_id", Schema.tenantId())
                    .prop("max_records", Schema.maxRecords(10000, 100000))
                    .json());

    private final TenantResolver tenants;
    private final ObjectMapper json;

    ListEndpointsTool(TenantResolver tenants, ObjectMapper json) {
        this.tenants = tenants;
        this.json = json;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    public void configure() {
        tool()
                .process(e -> {
                    Tenant t = tenants.resolve(call(e));
                    e.setProperty(TENANT, t);
                    e.setProperty(SophosClient.MAX_RECORDS, call(e).integer("max_records"));
                    e.getMessage().setBody(SophosRequest.get("/endpoint/v1/endpoints", Scope.tenant(t))
                            .query("view", "full").paged(Paging.KEY, "endpoints"));
                })
                .to("direct:sophos.pages")
                .process(this::shape);
    }

    private void shape(Exchange e) {
        PageResult pages = e.getMessage().getBody(PageResult.class);
        ObjectNode out = json.createObjectNode();
        putTenant(out, tenant(e));
        out.put("total", pages.items().size());
        out.put("truncated", pages.more());
        ObjectNode computers = group(out, "computers");
        ObjectNode servers = group(out, "servers");
        ObjectNode vms = group(out, "securityVms");
        for (JsonNode ep : pages.items()) {
            String type = ep.path("type").asText();
            ObjectNode g = "server".equals(type) ? servers : "securityVm".equals(type) ? vms : computers;
            ((ArrayNode) g.get("items")).add(ep);
            g.put("count", g.get("count").asInt() + 1);
        }
        e.getMessage().setBody(out);
    }

    private static ObjectNode group(ObjectNode out, String name) {
        ObjectNode g = out.putObject(name);
        g.put("count", 0);
        g.putArray("items");
        return g;
    }
}
