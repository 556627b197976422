package io.centralbridge.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

@Component
class ListAlertsTool extends ToolRouteBuilder {

    static final List<String> SEVERITIES = List.of("low", "medium", "high");
    static final List<String> STATUSES = List.of("open", "closed");
    /** The values sophos-api.md lists; the category list is UNCONFIRMED as complete (see README). */
    static final List<String> PRODUCTS = List.of("endpoint", "server", "mobile", "emailGateway", "webGateway",
            "wireless", "phishThreat", "iaas", "ztna", "other");
    static final List<String> CATEGORIES = List.of("appReputation", "applicationControl", "azure", "cwg", "denc",
            "downloadReputation", "fenc", "general", "iaas", "malware", "mobiles", "policy", "protection",
            "runtimeDetections", "security", "smc", "systemHealth", "uav", "updating", "virt", "ztnaResource");

    private static final ToolDef DEF = ToolDef.read("list_alerts",
            "Lists the Sophos Central alerts of one tenant (the Common API's alerts, newest first), deduplicated by "
                    + "id over all pages, up to max_records. Filter by severity, category, product and a raisedAt "
                    + "window within the last 90 days. Returns {tenant, count, items, truncated, duplicatesDropped}. "
                    + "Partner and organization credentials: call list_tenants first for tenant_id.",
            Schema.object()
                    .prop("tenant_id", Schema.tenantId())
                    .prop("severity", Schema.enumOf("low", "medium", "high").describe("Only alerts of this severity."))
                    // closed sets (sophos-api.md): a value Sophos would refuse is a 400 here, before any request
                    .prop("category", Schema.enumOf(CATEGORIES.toArray(new String[0])).describe("Alert category."))
                    .prop("product", Schema.enumOf(PRODUCTS.toArray(new String[0])).describe("Product."))
                    .prop("status", Schema.enumOf("open", "closed").defaultValue("open")
                            .describe("open: what the Common API lists. closed: only where enabled by configuration."))
                    .prop("from_date", Schema.dateTime().describe("Raised at or after (ISO-8601, within the last 90 days)."))
                    .prop("to_date", Schema.dateTime().describe("Raised before (ISO-8601)."))
                    .prop("max_records", Schema.maxRecords(1000, 50000))
                    .json());

    private final TenantResolver tenants;
    private final AlertProperties properties;
    private final ObjectMapper json;

    ListAlertsTool(TenantResolver tenants, AlertProperties properties, ObjectMapper json) {
        this.tenants = tenants;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public ToolDef definition() {
        return DEF;
    }

    @Override
    public void configure() {
        tool()
                .process(this::request)
                .to("direct:sophos.pages")
                .process(this::shape);
    }

    private void request(Exchange e) {
        ToolCall c = call(e);
        Instant now = Instant.now();
        Instant oldest = now.minus(properties.window());
        Instant from = instant(c, "from_date");
        Instant to = instant(c, "to_date");
        if (from != null && from.isBefore(oldest.minus(1, ChronoUnit.MINUTES))) {
            throw ToolException.badParameter("from_date", "list_alerts reads at most " + properties.window().toDays()
                    + " days back (Sophos keeps alerts that long): from_date must be on or after " + oldest.truncatedTo(ChronoUnit.SECONDS));
        }
        if (to != null && to.isBefore(oldest)) {
            throw ToolException.badParameter("to_date", "is before the oldest alert Sophos keeps (" + oldest.truncatedTo(ChronoUnit.SECONDS) + ")");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ToolException.badParameter("from_date", "must be before to_date");
        }
        boolean closed = "closed".equals(c.text("status"));
        if (closed && !properties.closedSearchEnabled()) {
            throw ToolException.badParameter("status", "closed alerts are not listed by the Common API; set "
                    + "sophos.alerts.closed-search-enabled=true to send status=closed to POST /common/v1/alerts/search "
                    + "(UNCONFIRMED upstream)", STATUSES);
        }
        Tenant t = tenants.resolve(c);
        e.setProperty(TENANT, t);
        e.setProperty(SophosClient.MAX_RECORDS, c.integer("max_records"));
        SophosRequest req;
        if (closed) {
            ObjectNode body = json.createObjectNode();
            addFilter(body, "severity", c.text("severity"));
            addFilter(body, "category", c.text("category"));
            addFilter(body, "product", c.text("product"));
            if (from != null) {
                body.put("from", from.toString());
            }
            if (to != null) {
                body.put("to", to.toString());
            }
            body.put("status", "closed");
            body.putArray("sort").add("raisedAt:desc");
            req = SophosRequest.send("POST", "/common/v1/alerts/search", body, Scope.tenant(t));
        } else {
            req = SophosRequest.get("/common/v1/alerts", Scope.tenant(t))
                    .query("severity", c.text("severity"))
                    .query("category", c.text("category"))
                    .query("product", c.text("product"))
                    .query("from", from == null ? null : from.toString())
                    .query("to", to == null ? null : to.toString())
                    .query("sort", "raisedAt:desc");
        }
        e.getMessage().setBody(req.paged(Paging.KEY, "alerts"));
    }

    private void shape(Exchange e) {
        PageResult pages = e.getMessage().getBody(PageResult.class);
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode a : pages.items()) {
            byId.putIfAbsent(a.path("id").asText(), a);
        }
        ObjectNode out = json.createObjectNode();
        putTenant(out, tenant(e));
        out.put("count", byId.size());
        out.put("truncated", pages.more());
        out.put("duplicatesDropped", pages.items().size() - byId.size());
        ArrayNode items = out.putArray("items");
        byId.values().forEach(items::add);
        e.getMessage().setBody(out);
    }

    private static void addFilter(ObjectNode body, String name, String value) {
        if (value != null) {
            body.putArray(name).add(value);
        }
    }

    private static Instant instant(ToolCall c, String field) {
        String v = c.text(field);
        return v == null ? null : OffsetDateTime.parse(v).toInstant();
    }
}
