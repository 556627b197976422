package io.centralbridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Isolation, tamper protection, scans and update checks: real call, read-back, dry run, audit. */
class EndpointActionsTest extends WriteAppTest {

    private List<String> notIsolated(SandboxTenant t, int n) {
        return sandbox.world().endpoints(t.id()).stream()
                .filter(e -> "notIsolated".equals(e.at("/isolation/status").asText()))
                .filter(e -> "computer".equals(e.path("type").asText()))
                .map(e -> e.get("id").asText()).limit(n).toList();
    }

    @Test
    void isolationIsAppliedAndShowsOnTheEndpointsThroughListEndpoints() {
        SandboxTenant t = tenant(7);
        List<String> ids = notIsolated(t, 2);
        ObjectNode p = params("tenant_id", t.id(), "enabled", true, "endpoint_ids", ids, "comment", "incident 42");

        JsonNode requests = dryRun("update_endpoints_isolation", p);
        assertThat(requests.get(0).path("method").asText()).isEqualTo("POST");
        assertThat(requests.get(0).path("host").asText()).isEqualTo(t.apiHost());
        assertThat(requests.get(0).path("path").asText()).isEqualTo("/endpoint/v1/endpoints/isolation");
        assertThat(requests.get(0).at("/headers/X-Tenant-ID").asText()).isEqualTo(t.id());
        assertThat(requests.get(0).at("/headers/Authorization").asText()).isEqualTo("Bearer [redacted]");
        assertThat(requests.get(0).at("/body/ids")).hasSize(2);
        assertThat(listedEndpoint(t, ids.get(0)).at("/isolation/status").asText()).isEqualTo("notIsolated");

        Api.Response r = api.tool("update_endpoints_isolation", p);

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<String> answered = new java.util.ArrayList<>();
        r.body().path("items").forEach(i -> answered.add(i.path("id").asText()));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(r.body().path("items")).allMatch(i -> i.path("isolated").asBoolean());
        List<RecordedRequest> sent = sandbox.requests().matching("POST", "/endpoint/v1/endpoints/isolation");
        assertThat(sent).singleElement().satisfies(q -> {
            assertThat(q.status()).isEqualTo(202);
            assertThat(q.server()).isEqualTo(t.dataRegion());
        });
        for (String id : ids) {
            assertThat(listedEndpoint(t, id).at("/isolation/status").asText()).isEqualTo("isolated");
        }
        JsonNode audit = lastAudit("update_endpoints_isolation");
        assertThat(audit.path("outcome").asText()).isEqualTo("applied");
        assertThat(audit.path("caller").asText()).isNotBlank().isNotEqualTo(io.centralbridge.support.TestSandboxes.API_KEY);
        assertThat(audit.at("/tenant/id").asText()).isEqualTo(t.id());
        assertThat(audit.at("/params/comment").asText()).isEqualTo("incident 42");
        assertThat(auditLines("update_endpoints_isolation")).anyMatch(l -> "dry_run".equals(l.path("outcome").asText()));

        Api.Response undo = api.tool("update_endpoints_isolation", params("tenant_id", t.id(), "enabled", false,
                "endpoint_ids", ids));
        assertThat(undo.status()).isEqualTo(200);
        assertThat(listedEndpoint(t, ids.get(1)).at("/isolation/status").asText()).isEqualTo("notIsolated");
    }

    @Test
    void tamperProtectionPasswordIsAnsweredOnlyWhenAskedAndNeverAudited() {
        SandboxTenant t = tenant(7);
        String id = sandbox.world().endpoints(t.id()).get(3).get("id").asText();

        JsonNode requests = dryRun("update_tamper_protection", params("tenant_id", t.id(), "endpoint_id", id,
                "enabled", false));
        assertThat(requests.get(0).path("path").asText()).isEqualTo("/endpoint/v1/endpoints/" + id + "/tamper-protection");
        assertThat(requests.get(0).path("body").toString()).isEqualTo("{\"enabled\":false}");

        Api.Response off = api.tool("update_tamper_protection", params("tenant_id", t.id(), "endpoint_id", id,
                "enabled", false));
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        assertThat(off.body().path("enabled").asBoolean()).isFalse();
        assertThat(off.body().has("password")).as("not asked for").isFalse();
        assertThat(listedEndpoint(t, id).path("tamperProtectionEnabled").asBoolean()).isFalse();

        Api.Response regen = api.tool("update_tamper_protection", params("tenant_id", t.id(), "endpoint_id", id,
                "enabled", true, "regenerate_password", true));
        assertThat(regen.status()).isEqualTo(200);
        String password = regen.body().path("password").asText();
        assertThat(password).hasSizeGreaterThan(8);
        assertThat(regen.body().path("previousPasswordCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(listedEndpoint(t, id).path("tamperProtectionEnabled").asBoolean()).isTrue();

        Api.Response reveal = api.tool("update_tamper_protection", params("tenant_id", t.id(), "endpoint_id", id,
                "reveal_password", true));
        assertThat(reveal.body().path("password").asText()).isEqualTo(password);

        assertThat(auditLines("update_tamper_protection")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(auditText()).doesNotContain(password);
        assertThat(lastAudit("update_tamper_protection").path("outcome").asText()).isEqualTo("applied");
    }

    @Test
    void scansAndUpdateChecksPostAnEmptyObjectAndAnswerTheRequest() {
        SandboxTenant t = tenant(8);
        String id = sandbox.world().endpoints(t.id()).get(0).get("id").asText();
        for (String[] tool : new String[][] {{"run_endpoint_scan", "scans", "scan"},
                {"run_endpoint_update_check", "update-checks", "updateCheck"}}) {
            sandbox.requests().clear();
            JsonNode requests = dryRun(tool[0], params("tenant_id", t.id(), "endpoint_id", id));
            assertThat(requests.get(0).path("body").toString()).isEqualTo("{}");

            Api.Response r = api.tool(tool[0], params("tenant_id", t.id(), "endpoint_id", id));

            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.body().path(tool[2]).path("status").asText()).isEqualTo("requested");
            assertThat(sandbox.requests().matching("POST", "/endpoint/v1/endpoints/" + id + "/" + tool[1]))
                    .singleElement().satisfies(q -> {
                        assertThat(q.body()).isEqualTo("{}");
                        assertThat(q.status()).isEqualTo(201);
                    });
            assertThat(lastAudit(tool[0]).path("outcome").asText()).isEqualTo("applied");
        }
        Api.Response unknown = api.tool("run_endpoint_scan", params("tenant_id", t.id(),
                "endpoint_id", "00000000-0000-4000-8000-000000000000"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(lastAudit("run_endpoint_scan").path("outcome").asText()).isEqualTo("not_found");
        assertThat(lastAudit("run_endpoint_scan").has("correlationId")).isTrue();
    }
}
