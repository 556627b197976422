package io.centralbridge.hunting;

import java.time.Instant;

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
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** query_detections: an XDR detections query run with filters, waited for within the budget, its pages read. */
@Component
class QueryDetectionsTool extends ToolRouteBuilder {

    private final ToolDef def;
    private final TenantResolver tenants;
    private final HuntingProperties properties;
    private final ObjectMapper json;

    QueryDetectionsTool(TenantResolver tenants, HuntingProperties properties, ObjectMapper json) {
        this.tenants = tenants;
        this.properties = properties;
        this.json = json;
        this.def = ToolDef.read("query_detections",
                "Queries the tenant's XDR detections (threat detections with severity 0-10, rule, MITRE ATT&CK tactic, "
                        + "device and user) in a from_date/to_date window (Sophos's default: the last day), with optional "
                        + "filters. If the query takes longer than wait_seconds the answer is {status:\"running\", run_id, "
                        + "poll_after_seconds}: call again with run_id to keep waiting.",
                Schema.object()
                        .prop("tenant_id", Schema.tenantId())
                        .prop("from_date", Schema.dateTime().describe("Detections at or after (ISO-8601)."))
                        .prop("to_date", Schema.dateTime().describe("Detections before (ISO-8601), after from_date."))
                        .prop("filters", DetectionFilters.schema())
                        .prop("run_id", HuntingParams.runId("query_detections"))
                        .prop("max_records", Schema.maxRecords(1000, 50000))
                        .prop("wait_seconds", HuntingParams.waitSeconds(properties))
                        .json())
                .role(ToolDef.ROLE_MANAGEMENT);
    }

    @Override
    public ToolDef definition() {
        return def;
    }

    @Override
    public void configure() {
        tool()
                .process(this::prepare)
                .to(RunPollingRoutes.ENDPOINT)
                .filter(e -> PollingRun.of(e).succeeded())
                    .process(this::resultsRequest)
                    .to("direct:sophos.pages")
                    .process(this::shape)
                .end();
    }

    private void prepare(Exchange e) {
        ToolCall c = call(e);
        String runId = c.text("run_id");
        ObjectNode body = DetectionFilters.emptyBody();
        if (runId == null) {
            Instant[] window = HuntingParams.window(c, null, "the detections list");
            DetectionFilters.apply(c.raw("filters"), body);
            if (window[0] != null) {
                body.put("from", window[0].toString());
            }
            if (window[1] != null) {
                body.put("to", window[1].toString());
            }
        }
        Tenant t = tenants.resolve(c);
        e.setProperty(TENANT, t);
        int wait = HuntingParams.waitSeconds(c);
        if (runId != null) {
            e.setProperty(PollingRun.PROPERTY, PollingRun.resume(RunKind.DETECTIONS, t, runId.toLowerCase(), wait, properties));
            return;
        }
        SophosRequest submit = SophosRequest.send("POST", RunKind.DETECTIONS.submitPath(), body, Scope.tenant(t));
        e.setProperty(PollingRun.PROPERTY, PollingRun.submit(RunKind.DETECTIONS, t, submit, wait, properties));
    }

    private void resultsRequest(Exchange e) {
        PollingRun run = PollingRun.of(e);
        e.setProperty(SophosClient.MAX_RECORDS, call(e).integer("max_records"));
        e.getMessage().setBody(SophosRequest.get(RunKind.DETECTIONS.runPath(run.runId()) + "/results",
                Scope.tenant(run.tenant())).paged(Paging.PAGE, "detections"));
    }

    private void shape(Exchange e) {
        PollingRun run = PollingRun.of(e);
        PageResult pages = e.getMessage().getBody(PageResult.class);
        ObjectNode out = HuntingAnswers.finished(run, json);
        out.put("count", pages.items().size());
        out.put("truncated", pages.more());
        ArrayNode items = out.putArray("items");
        pages.items().forEach(items::add);
        e.getMessage().setBody(out);
    }
}
