package io.centralbridge.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

@Component
class AccountHealthCheckTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("get_account_health_check",
            "Reads the Sophos Account Health Check of one tenant: protection, policy, exclusion and tamper-protection "
                    + "scores (0-100) for computers and servers, plus the raw tree with the endpoints and policies "
                    + "behind each score. Partner and organization credentials: call list_tenants first for tenant_id.",
            Schema.object().prop("tenant_id", Schema.tenantId()).json());

    private final TenantResolver tenants;
    private final ObjectMapper json;

    AccountHealthCheckTool(TenantResolver tenants, ObjectMapper json) {
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
                    e.getMessage().setBody(SophosRequest.get("/account-health-check/v1/health-check", Scope.tenant(t)));
                })
                .to("direct:sophos.call")
                .process(this::shape);
    }

    private void shape(Exchange e) {
        JsonNode raw = e.getMessage().getBody(JsonNode.class);
        ObjectNode out = json.createObjectNode();
        putTenant(out, tenant(e));
        out.set("scores", HealthScores.of(raw, json));
        out.set("raw", raw);
        e.getMessage().setBody(out);
    }
}
