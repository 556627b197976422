package io.centralbridge.modules;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.PageResult;
import io.centralbridge.http.Paging;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.CredentialMode;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;

/**
 * One GET-only module tool: {@code sophos_<module>_get}. Everything the caller gives is checked before any
 * call (path confinement, query values, the filter, the credential type); the request is always a GET built
 * here, so no parameter can choose the method, a header or the host. One page goes through
 * {@code direct:sophos.call}, several through {@code direct:sophos.pages}.
 */
class ModuleGetTool extends ToolRouteBuilder {

    private static final String FOLLOW = "module.followPages";
    private static final String FILTER = "module.filter";

    private final ModuleTool spec;
    private final ModuleProperties properties;
    private final TenantResolver tenants;
    private final ObjectMapper json;
    private final ToolDef def;

    ModuleGetTool(ModuleTool spec, ModuleProperties properties, TenantResolver tenants, ObjectMapper json) {
        this.spec = spec;
        this.properties = properties;
        this.tenants = tenants;
        this.json = json;
        this.def = spec.definition(properties.entry(spec.module()));
    }

    @Override
    public ToolDef definition() {
        return def;
    }

    @Override
    public void configure() {
        tool()
                .process(this::prepare)
                .choice()
                    .when(exchangeProperty(FOLLOW).isEqualTo(true))
                        .to("direct:sophos.pages")
                        .process(this::collected)
                    .otherwise()
                        .to("direct:sophos.call")
                .end()
                .process(this::finish);
    }

    private void prepare(Exchange e) {
        ToolCall call = call(e);
        ModuleProperties.Entry entry = properties.entry(spec.module());
        ModuleScope scope = ModuleScope.of(spec.module(), entry);
        boolean follow = Boolean.TRUE.equals(call.bool("follow_pages"));
        String rel = call.text("path");
        String path = ModulePath.confine(entry.base(), rel);
        SophosRequest request = ModuleQuery.apply(SophosRequest.get(path, null), call.raw("query_params"), follow);
        e.setProperty(FILTER, ResponseFilter.compile(call.text("response_filter")));
        if (!follow && call.has("max_records")) {
            throw ToolException.badParameter("max_records", "only applies with follow_pages=true");
        }
        Tenant tenant = null;
        if (scope.tenantScoped()) {
            tenant = tenants.resolve(call);
            e.setProperty(TENANT, tenant);
        } else {
            requireCredential(scope.needs());
            if (call.has("tenant_id")) {
                throw ToolException.badParameter("tenant_id", "is not used by " + def.name() + ", which reads the "
                        + scope.needs().wire() + " account itself; name a tenant in the path instead, e.g. tenants/{id}");
            }
        }
        request = new SophosRequest("GET", request.path(), request.query(), null, scope.scope(tenant),
                Paging.NONE, null);
        if (follow) {
            Paging style = KeyPaged.matches(entry.keyPaged(), path.substring(entry.base().length() + 1))
                    ? Paging.KEY : Paging.PAGE;
            request = request.paged(style, "default");
            e.setProperty(SophosClient.MAX_RECORDS, call.integer("max_records"));
        }
        e.setProperty(FOLLOW, follow);
        e.getMessage().setBody(request);
    }

    private void requireCredential(CredentialMode needed) {
        CredentialMode has = tenants.mode();
        if (has != needed) {
            // the field at fault is the tool's name (the {name} of POST /api/tools/{name}, params.name in MCP)
            throw new ToolException(400, "Wrong credential type", "the tool named " + def.name() + " needs a "
                    + needed.wire()
                    + " credential; this instance runs with a " + has.wire() + " credential. Use the tenant-level "
                    + "module tools (sophos_endpoint_get, sophos_common_get, ...) with it instead",
                    Map.of("field", "name", "tool", def.name(), "requiredCredential", needed.wire(),
                            "credential", has.wire()));
        }
    }

    private void collected(Exchange e) {
        PageResult pages = e.getMessage().getBody(PageResult.class);
        ObjectNode out = json.createObjectNode();
        out.put("count", pages.items().size());
        out.put("truncated", pages.more());
        out.put("pagesRead", pages.pagesRead());
        out.putArray("items").addAll(pages.items());
        e.getMessage().setBody(out);
    }

    private void finish(Exchange e) {
        JsonNode answer = e.getMessage().getBody(JsonNode.class);
        ResponseFilter filter = e.getProperty(FILTER, ResponseFilter.class);
        if (filter != null) {
            answer = filter.apply(answer);
        }
        ObjectNode out;
        if (answer instanceof ObjectNode o) {
            out = o;
        } else {
            // a filter may pick an array or a value; the tool's answer stays a JSON object
            out = json.createObjectNode();
            out.set("result", answer == null ? json.nullNode() : answer);
        }
        e.getMessage().setBody(new ResultCap(json, properties.maxResultSize().toBytes()).cap(out));
    }
}
