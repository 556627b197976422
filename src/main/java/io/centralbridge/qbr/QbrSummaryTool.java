package io.centralbridge.qbr;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.Tenant;
import io.centralbridge.tool.Schema;
import io.centralbridge.tool.TenantResolver;
import io.centralbridge.tool.ToolCall;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * One JSON of counts covering the tiles of Sophos Central's "Overview of your Sophos protection" report. It
 * calls the other tools' routes, in parallel, and keeps only counts.
 */
@Component
class QbrSummaryTool extends ToolRouteBuilder {

    static final String PART = "qbr.part";
    static final String PARTS = "qbr.parts";
    static final int ALERTS_CAP = 50000;

    private static final ToolDef DEF = ToolDef.read("get_qbr_summary",
            "Builds a quarterly-business-review summary for one tenant, counts only: health-check scores; alerts of "
                    + "the last 90 days by severity, category and product; endpoints by type, health, OS, tamper "
                    + "protection and isolation; and directory users. Use it for a QBR or a status overview; use the "
                    + "list tools for details. Partner and organization credentials: call list_tenants first.",
            Schema.object().prop("tenant_id", Schema.tenantId()).json());

    private final TenantResolver tenants;
    private final ObjectMapper json;

    QbrSummaryTool(TenantResolver tenants, ObjectMapper json) {
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
                    e.setProperty("qbr.to", Instant.now().truncatedTo(ChronoUnit.SECONDS));
                })
                .multicast(new Parts()).parallelProcessing().stopOnException()
                    .to("direct:qbr.health", "direct:qbr.alerts", "direct:qbr.endpoints", "direct:qbr.users")
                .end()
                .process(this::summarize);

        part("health", "get_account_health_check", false);
        part("alerts", "list_alerts", true);
        part("endpoints", "list_endpoints", false);
        part("users", "list_users", false);
    }

    private void part(String name, String tool, boolean quarter) {
        from("direct:qbr." + name).routeId("qbr." + name).errorHandler(noErrorHandler())
                .setProperty(PART, constant(name))
                .process(e -> {
                    ToolCall c = call(e);
                    ObjectNode p = json.createObjectNode();
                    p.put("tenant_id", tenant(e).id());
                    if (quarter) {
                        Instant to = e.getProperty("qbr.to", Instant.class);
                        p.put("from_date", to.minus(90, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES).toString());
                        p.put("max_records", ALERTS_CAP);
                    } else if (!"get_account_health_check".equals(tool)) {
                        p.put("max_records", 100000);
                    }
                    e.getMessage().setBody(c.forTool(tool, p, null));
                })
                .to("direct:tool." + tool);
    }

    /** Collects each branch's answer under its part name. */
    static final class Parts implements AggregationStrategy {
        @Override
        public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
            Exchange into = oldExchange == null ? newExchange : oldExchange;
            @SuppressWarnings("unchecked")
            Map<String, JsonNode> parts = into.getProperty(PARTS, Map.class);
            if (parts == null) {
                parts = new ConcurrentHashMap<>();
                into.setProperty(PARTS, parts);
            }
            parts.put(newExchange.getProperty(PART, String.class), newExchange.getMessage().getBody(JsonNode.class));
            return into;
        }
    }

    @SuppressWarnings("unchecked")
    private void summarize(Exchange e) {
        Map<String, JsonNode> parts = e.getProperty(PARTS, Map.class);
        Instant to = e.getProperty("qbr.to", Instant.class);
        ObjectNode out = json.createObjectNode();
        putTenant(out, tenant(e));
        ObjectNode period = out.putObject("period");
        period.put("from", to.minus(90, ChronoUnit.DAYS).toString());
        period.put("to", to.toString());
        out.set("healthScores", parts.get("health").path("scores"));
        out.set("alerts", QbrCounts.alerts(parts.get("alerts"), json));
        out.set("endpoints", QbrCounts.endpoints(parts.get("endpoints"), json));
        ObjectNode users = out.putObject("users");
        users.put("total", parts.get("users").path("count").asInt());
        users.put("truncated", parts.get("users").path("truncated").asBoolean());
        out.put("disclaimer", "Alert counts are deduplicated Sophos Central alerts raised in the period, not raw "
                + "events: one alert can stand for many detections. Counts cover what the API returned; see each "
                + "'truncated' flag.");
        e.getMessage().setBody(out);
    }
}
