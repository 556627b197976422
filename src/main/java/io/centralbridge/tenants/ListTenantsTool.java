package io.centralbridge.tenants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.Tenant;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

@Component
class ListTenantsTool extends ToolRouteBuilder {

    private static final ToolDef DEF = ToolDef.read("list_tenants",
            "Lists the tenants this credential reaches, with id, name, showAs, dataRegion, apiHost, billingType and "
                    + "status. Call it first with a partner or organization credential: every other tool needs one "
                    + "of these ids as tenant_id. With a tenant credential it answers one self entry. Returns "
                    + "{mode, count, tenants:[...]}.",
            Schema.object().json());

    private final SophosSession session;
    private final TenantDirectory directory;
    private final ObjectMapper json;

    ListTenantsTool(SophosSession session, TenantDirectory directory, ObjectMapper json) {
        this.session = session;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    public void configure() {
        tool().process(this::answer);
    }

    private void answer(Exchange e) {
        ObjectNode out = json.createObjectNode();
        out.put("mode", session.identity().mode().wire());
        ArrayNode list = json.createArrayNode();
        for (Tenant t : directory.all()) {
            ObjectNode n = list.addObject();
            n.put("id", t.id());
            n.put("name", t.name());
            n.put("showAs", t.showAs());
            n.put("dataGeography", t.dataGeography());
            n.put("dataRegion", t.dataRegion());
            n.put("apiHost", t.apiHost());
            n.put("billingType", t.billingType());
            n.put("status", t.status());
        }
        out.put("count", list.size());
        out.set("tenants", list);
        e.getMessage().setBody(out);
    }
}
