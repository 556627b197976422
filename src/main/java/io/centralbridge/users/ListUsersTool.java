package io.centralbridge.users;

import com.fasterxml.jackson.databind.ObjectMapper;
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
class ListUsersTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("list_users",
            "Lists the directory users of one tenant (name, email, source, groups), reading all pages of at most "
                    + "100 up to max_records. Returns {tenant, count, items, truncated}. Partner and organization "
                    + "credentials: call list_tenants first for tenant_id.",
            Schema.object()
                    .prop("tenant_id", Schema.tenantId())
                    .prop("max_records", Schema.maxRecords(5000, 100000))
                    .json());

    private final TenantResolver tenants;
    private final ObjectMapper json;

    ListUsersTool(TenantResolver tenants, ObjectMapper json) {
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
                    e.getMessage().setBody(SophosRequest.get("/common/v1/directory/users", Scope.tenant(t))
                            .paged(Paging.PAGE, "directory"));
                })
                .to("direct:sophos.pages")
                .process(this::shape);
    }

    private void shape(Exchange e) {
        PageResult pages = e.getMessage().getBody(PageResult.class);
        ObjectNode out = json.createObjectNode();
        putTenant(out, tenant(e));
        out.put("count", pages.items().size());
        out.put("truncated", pages.more());
        out.putArray("items").addAll(pages.items());
        e.getMessage().setBody(out);
    }
}
