package io.centralbridge.hunting;

import java.util.List;

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

/** run_live_discover_query: an osquery SQL run on live endpoints, with who answered, who was offline, who failed. */
@Component
class RunLiveDiscoverQueryTool extends ToolRouteBuilder {

    private static final String TARGETS = "hunting.targets";
    private static final String ENDPOINTS = "hunting.endpoints";

    private final ToolDef def;
    private final TenantResolver tenants;
    private final HuntingProperties properties;
    private final ObjectMapper json;

    RunLiveDiscoverQueryTool(TenantResolver tenants, HuntingProperties properties, ObjectMapper json) {
        this.tenants = tenants;
        this.properties = properties;
        this.json = json;
        Schema sql = Schema.string(50000).describe("The osquery SQL (15-50000 characters), e.g. SELECT name, pid, path "
                + "FROM processes. Required unless run_id is given.");
        sql.json().put("minLength", 15);
        this.def = ToolDef.read("run_live_discover_query",
                "Runs a Live Discover (osquery SQL) query on the tenant's online endpoints and returns the rows, plus which "
                        + "endpoints answered, which were offline and which failed. Target exactly one of all_endpoints=true, "
                        + "endpoint_ids or hostname_contains (at most " + properties.liveDiscoverMaxEndpoints()
                        + " endpoints unless all_endpoints). If the run takes longer than wait_seconds the answer is "
                        + "{status:\"running\", run_id, poll_after_seconds}: call again with run_id to keep waiting.",
                Schema.object()
                        .prop("sql", sql)
                        .prop("tenant_id", Schema.tenantId())
                        .prop("all_endpoints", Schema.bool().describe("Query every endpoint of the tenant."))
                        .prop("endpoint_ids", Schema.arrayOf(Schema.uuid(), 1, 1000).describe("Query these endpoints (ids from list_endpoints)."))
                        .prop("hostname_contains", Schema.string(255).describe("Query the endpoints whose hostname contains this text."))
                        .prop("run_id", HuntingParams.runId("run_live_discover_query"))
                        .prop("max_records", Schema.maxRecords(1000, 50000))
                        .prop("wait_seconds", HuntingParams.waitSeconds(properties))
                        .json())
                .role(ToolDef.ROLE_FORENSICS);
    }

    @Override
    public ToolDef definition() {
        return def;
    }

    @Override
    public void configure() {
        tool()
                .process(this::prepare)
                .filter(e -> e.getProperty(TARGETS) != null && e.getProperty(TARGETS, LiveDiscoverTargets.class).needsLookup())
                    .to("direct:sophos.pages")
                    .process(this::resolveHostnames)
                .end()
                .process(this::submitOrResume)
                .to(RunPollingRoutes.ENDPOINT)
                .filter(e -> PollingRun.of(e).succeeded())
                    .process(this::endpointsRequest)
                    .to("direct:sophos.pages")
                    .process(e -> e.setProperty(ENDPOINTS, e.getMessage().getBody(PageResult.class)))
                    .process(this::resultsRequest)
                    .to("direct:sophos.pages")
                    .process(this::shape)
                .end();
    }

    private void prepare(Exchange e) {
        ToolCall c = call(e);
        if (c.text("run_id") == null) {
            if (c.text("sql") == null) {
                throw ToolException.badParameter("sql", "is required (or give run_id to resume a run)");
            }
            e.setProperty(TARGETS, LiveDiscoverTargets.of(c, properties.liveDiscoverMaxEndpoints()));
        }
        Tenant t = tenants.resolve(c);
        e.setProperty(TENANT, t);
        LiveDiscoverTargets targets = e.getProperty(TARGETS, LiveDiscoverTargets.class);
        if (targets != null && targets.needsLookup()) {
            String h = targets.hostnameContains();
            e.setProperty(SophosClient.MAX_RECORDS, 10000);
            e.getMessage().setBody(SophosRequest.get("/endpoint/v1/endpoints", Scope.tenant(t))
                    .query("hostnameContains", h.length() > 10 ? h.substring(0, 10) : h)
                    .query("view", "basic").paged(Paging.KEY, "endpoints"));
        }
    }

    private void resolveHostnames(Exchange e) {
        LiveDiscoverTargets targets = e.getProperty(TARGETS, LiveDiscoverTargets.class);
        List<JsonNode> listed = e.getMessage().getBody(PageResult.class).items();
        e.setProperty(TARGETS, targets.resolved(listed, properties.liveDiscoverMaxEndpoints()));
    }

    private void submitOrResume(Exchange e) {
        ToolCall c = call(e);
        Tenant t = tenant(e);
        int wait = HuntingParams.waitSeconds(c);
        if (c.text("run_id") != null) {
            e.setProperty(PollingRun.PROPERTY, PollingRun.resume(RunKind.LIVE_DISCOVER, t, c.text("run_id").toLowerCase(), wait, properties));
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.set("matchEndpoints", e.getProperty(TARGETS, LiveDiscoverTargets.class).matchEndpoints());
        body.putObject("adHocQuery").put("template", c.text("sql"));
        SophosRequest submit = SophosRequest.send("POST", RunKind.LIVE_DISCOVER.submitPath(), body, Scope.tenant(t));
        e.setProperty(PollingRun.PROPERTY, PollingRun.submit(RunKind.LIVE_DISCOVER, t, submit, wait, properties));
    }

    private void endpointsRequest(Exchange e) {
        PollingRun run = PollingRun.of(e);
        e.setProperty(SophosClient.MAX_RECORDS, 100000);
        e.getMessage().setBody(SophosRequest.get(RunKind.LIVE_DISCOVER.runPath(run.runId()) + "/endpoints",
                Scope.tenant(run.tenant())).paged(Paging.PAGE, "live-discover-endpoints"));
    }

    private void resultsRequest(Exchange e) {
        PollingRun run = PollingRun.of(e);
        e.setProperty(SophosClient.MAX_RECORDS, call(e).integer("max_records"));
        e.getMessage().setBody(SophosRequest.get(RunKind.LIVE_DISCOVER.runPath(run.runId()) + "/results",
                Scope.tenant(run.tenant())).paged(Paging.KEY, "live-discover-results"));
    }

    private void shape(Exchange e) {
        PollingRun run = PollingRun.of(e);
        PageResult rows = e.getMessage().getBody(PageResult.class);
        ObjectNode out = HuntingAnswers.finished(run, json);
        out.set("endpoints", LiveDiscoverEndpoints.split(e.getProperty(ENDPOINTS, PageResult.class).items(), json));
        out.set("columns", HuntingAnswers.columns(rows, json));
        out.put("count", rows.items().size());
        out.put("truncated", rows.more());
        ArrayNode items = out.putArray("items");
        rows.items().forEach(items::add);
        e.getMessage().setBody(out);
    }
}
