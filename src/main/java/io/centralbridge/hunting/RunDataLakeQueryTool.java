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
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolRouteBuilder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** run_data_lake_query: submit an XDR Data Lake SQL query, wait for it within the budget, read its rows. */
@Component
class RunDataLakeQueryTool extends ToolRouteBuilder {

    private final ToolDef def;
    private final TenantResolver tenants;
    private final HuntingProperties properties;
    private final ObjectMapper json;

    RunDataLakeQueryTool(TenantResolver tenants, HuntingProperties properties, ObjectMapper json) {
        this.tenants = tenants;
        this.properties = properties;
        this.json = json;
        this.def = ToolDef.read("run_data_lake_query",
                "Runs an SQL query over the tenant's XDR Data Lake (about the last " + properties.dataLakeWindow().toDays()
                        + " days of endpoint and server telemetry) and returns its rows with the result columns. "
                        + "Optional from_date/to_date narrow the window. If the run takes longer than wait_seconds the "
                        + "answer is {status:\"running\", run_id, poll_after_seconds}: call again with run_id to keep "
                        + "waiting. Needs the XDR licence.",
                Schema.object()
                        .prop("sql", Schema.string(50000).describe("The Data Lake SQL, e.g. SELECT meta_hostname, "
                                + "query_name FROM xdr_data LIMIT 10. Required unless run_id is given."))
                        .prop("tenant_id", Schema.tenantId())
                        .prop("from_date", Schema.dateTime().describe("Start of the window (ISO-8601), within the Data Lake's range."))
                        .prop("to_date", Schema.dateTime().describe("End of the window (ISO-8601), after from_date."))
                        .prop("run_id", HuntingParams.runId("run_data_lake_query"))
                        .prop("max_records", Schema.maxRecords(1000, 50000))
                        .prop("wait_seconds", HuntingParams.waitSeconds(properties))
                        .json())
                .role(ToolDef.ROLE_MANAGEMENT).licence("XDR");
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
        if (runId == null && c.text("sql") == null) {
            throw ToolException.badParameter("sql", "is required (or give run_id to resume a run)");
        }
        Instant[] window = runId == null ? HuntingParams.window(c, properties.dataLakeWindow(), "the Data Lake")
                : new Instant[2];
        Tenant t = tenants.resolve(c);
        e.setProperty(TENANT, t);
        int wait = HuntingParams.waitSeconds(c);
        if (runId != null) {
            e.setProperty(PollingRun.PROPERTY, PollingRun.resume(RunKind.DATA_LAKE, t, runId.toLowerCase(), wait, properties));
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("adHocQuery").put("template", c.text("sql"));
        if (window[0] != null) {
            body.put("from", window[0].toString());
        }
        if (window[1] != null) {
            body.put("to", window[1].toString());
        }
        SophosRequest submit = SophosRequest.send("POST", RunKind.DATA_LAKE.submitPath(), body, Scope.tenant(t));
        e.setProperty(PollingRun.PROPERTY, PollingRun.submit(RunKind.DATA_LAKE, t, submit, wait, properties));
    }

    private void resultsRequest(Exchange e) {
        PollingRun run = PollingRun.of(e);
        e.setProperty(SophosClient.MAX_RECORDS, call(e).integer("max_records"));
        e.getMessage().setBody(SophosRequest.get(RunKind.DATA_LAKE.runPath(run.runId()) + "/results",
                Scope.tenant(run.tenant())).paged(Paging.KEY, "live-discover-results"));
    }

    private void shape(Exchange e) {
        PollingRun run = PollingRun.of(e);
        PageResult pages = e.getMessage().getBody(PageResult.class);
        ObjectNode out = HuntingAnswers.finished(run, json);
        out.set("columns", HuntingAnswers.columns(pages, json));
        out.put("count", pages.items().size());
        out.put("truncated", pages.more());
        ArrayNode items = out.putArray("items");
        pages.items().forEach(items::add);
        e.getMessage().setBody(out);
    }
}
