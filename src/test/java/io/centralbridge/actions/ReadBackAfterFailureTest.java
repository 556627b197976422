package io.centralbridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "500 but applied": Sophos applies the write and answers 500. The tool must not send the write again; it
 * reads back and answers what is true upstream, saying so.
 */
class ReadBackAfterFailureTest extends WriteAppTest {

    private static final String ISOLATION = "/endpoint/v1/endpoints/isolation";

    @Test
    void aWriteAppliedBehindA500IsAnsweredByReadBackNotBySendingItAgain() {
        SandboxTenant t = tenant(9);
        String id = sandbox.world().endpoints(t.id()).stream()
                .filter(e -> "notIsolated".equals(e.at("/isolation/status").asText()))
                .map(e -> e.get("id").asText()).findFirst().orElseThrow();
        sandbox.faults().failAfterApplyNext("POST", ISOLATION);

        Api.Response r = api.tool("update_endpoints_isolation", Map.of("tenant_id", t.id(), "enabled", true,
                "endpoint_ids", List.of(id)));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("confirmedByReadBack").asBoolean()).isTrue();
        assertThat(r.body().path("outcome").asText()).isEqualTo("applied");
        assertThat(r.body().at("/upstreamError/status").asInt()).isEqualTo(500);
        assertThat(r.body().at("/upstreamError/correlationId").asText()).isNotBlank();
        assertThat(r.body().path("items").get(0).path("isolated").asBoolean()).isTrue();
        assertThat(sandbox.requests().matching("POST", ISOLATION)).as("the write was sent once, never again")
                .singleElement().satisfies(q -> assertThat(q.status()).isEqualTo(500));
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints")).as("the read-back").isNotEmpty();
        assertThat(sandbox.world().endpoints(t.id()).stream().filter(e -> e.get("id").asText().equals(id))
                .findFirst().orElseThrow().at("/isolation/status").asText()).isEqualTo("isolated");
        JsonNode audit = lastAudit("update_endpoints_isolation");
        assertThat(audit.path("outcome").asText()).isEqualTo("applied_confirmed_by_read_back");
        assertThat(audit.path("correlationId").asText()).isEqualTo(r.body().at("/upstreamError/correlationId").asText());

        api.tool("update_endpoints_isolation", Map.of("tenant_id", t.id(), "enabled", false, "endpoint_ids", List.of(id)));
    }

    @Test
    void aWriteThatFailedWithA500AndWasNotAppliedSaysSoAfterTheReadBack() {
        SandboxTenant t = tenant(9);
        String group = sandbox.world().endpoints(t.id()).stream().filter(e -> e.has("group")
                && "computer".equals(e.path("type").asText())).findFirst().orElseThrow().at("/group/id").asText();
        String outsider = sandbox.world().endpoints(t.id()).stream().filter(e -> "computer".equals(e.path("type").asText()))
                .filter(e -> !group.equals(e.at("/group/id").asText())).findFirst().orElseThrow().get("id").asText();
        sandbox.faults().failNext("POST", "/endpoint/v1/endpoint-groups/" + group + "/endpoints", 1, 503, null);

        Api.Response r = api.tool("add_endpoints_to_group", Map.of("tenant_id", t.id(), "group_id", group,
                "endpoint_ids", List.of(outsider)));

        assertThat(r.status()).as(r.text()).isEqualTo(502);
        assertThat(r.body().path("confirmedByReadBack").asBoolean()).isTrue();
        assertThat(r.body().path("outcome").asText()).isEqualTo("not_applied");
        assertThat(r.body().path("detail").asText()).contains("not applied").contains("safe");
        assertThat(sandbox.requests().matching("POST", "/endpoint/v1/endpoint-groups/")).hasSize(1);
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoint-groups/" + group + "/endpoints")).isNotEmpty();
        assertThat(lastAudit("add_endpoints_to_group").path("outcome").asText()).isEqualTo("not_applied_confirmed_by_read_back");
    }

    @Test
    void aGroupMembershipAppliedBehindA500IsConfirmedByReadingTheMembers() {
        SandboxTenant t = tenant(9);
        Api.Response created = api.tool("create_endpoint_group", Map.of("tenant_id", t.id(), "name", "Read-back group",
                "group_type", "computer"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String group = created.body().at("/group/id").asText();
        String member = sandbox.world().endpoints(t.id()).stream().filter(e -> "computer".equals(e.path("type").asText()))
                .findFirst().orElseThrow().get("id").asText();
        sandbox.requests().clear();
        sandbox.faults().failAfterApplyNext("POST", "/endpoint/v1/endpoint-groups/" + group + "/endpoints");

        Api.Response r = api.tool("add_endpoints_to_group", Map.of("tenant_id", t.id(), "group_id", group,
                "endpoint_ids", List.of(member)));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("confirmedByReadBack").asBoolean()).isTrue();
        assertThat(r.body().path("members").get(0).asText()).isEqualTo(member);
        assertThat(sandbox.requests().matching("POST", "/endpoint/v1/endpoint-groups/")).hasSize(1);
        assertThat(api.tool("delete_endpoint_group", Map.of("tenant_id", t.id(), "group_id", group)).status()).isEqualTo(200);
    }

    @Test
    void aScanBehindA500HasNoReadBackSoTheOutcomeIsReportedUnknownAndNotRetried() {
        SandboxTenant t = tenant(9);
        String id = sandbox.world().endpoints(t.id()).get(0).get("id").asText();
        sandbox.faults().failNext("POST", "/endpoint/v1/endpoints/" + id + "/scans", 1, 500, null);

        Api.Response r = api.tool("run_endpoint_scan", Map.of("tenant_id", t.id(), "endpoint_id", id));

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body().path("outcome").asText()).isEqualTo("unknown");
        assertThat(sandbox.requests().matching("POST", "/endpoint/v1/endpoints/" + id + "/scans")).hasSize(1);
    }
}
