package io.centralbridge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two-step handshake between tenants in two regions: the receiver creates the job on its host, the
 * sender starts it on its own host with the token, and the endpoints end in the receiving tenant.
 */
class MigrationHandshakeTest extends WriteAppTest {

    @Test
    void endpointsMoveToTheReceivingTenantInAnotherRegion() throws Exception {
        SandboxTenant from = tenant(11);
        SandboxTenant to = tenant(10);
        assertThat(from.dataRegion()).isNotEqualTo(to.dataRegion());
        List<String> ids = sandbox.world().endpoints(from.id()).stream().skip(5).limit(2)
                .map(e -> e.get("id").asText()).toList();
        int receiverBefore = sandbox.world().endpoints(to.id()).size();

        JsonNode plan = dryRun("create_migration_job", params("from_tenant_id", from.id(), "to_tenant_id", to.id(),
                "endpoint_ids", ids));
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).path("host").asText()).isEqualTo(to.apiHost());
        assertThat(plan.get(0).at("/headers/X-Tenant-ID").asText()).isEqualTo(to.id());
        assertThat(plan.get(0).at("/body/fromTenant").asText()).isEqualTo(from.id());
        assertThat(plan.get(1).path("method").asText()).isEqualTo("PUT");
        assertThat(plan.get(1).path("host").asText()).isEqualTo(from.apiHost());
        assertThat(plan.get(1).at("/headers/X-Tenant-ID").asText()).isEqualTo(from.id());

        Api.Response r = api.tool("create_migration_job", Map.of("from_tenant_id", from.id(), "to_tenant_id", to.id(),
                "endpoint_ids", ids));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String jobId = r.body().at("/job/id").asText();
        RecordedRequest create = sandbox.requests().matching("POST", "/endpoint/v1/migrations").get(0);
        RecordedRequest start = sandbox.requests().matching("PUT", "/endpoint/v1/migrations/" + jobId).get(0);
        assertThat(create.server()).isEqualTo(to.dataRegion());
        assertThat(create.header("X-Tenant-ID")).isEqualTo(to.id());
        assertThat(start.server()).isEqualTo(from.dataRegion());
        assertThat(start.header("X-Tenant-ID")).isEqualTo(from.id());
        assertThat(start.status()).isEqualTo(201);
        String token = JSON.readTree(start.body()).path("token").asText();
        assertThat(token).isNotBlank();
        assertThat(r.text()).doesNotContain(token);
        assertThat(auditText()).doesNotContain(token);

        List<String> newIds = new ArrayList<>();
        for (JsonNode e : r.body().path("endpoints")) {
            assertThat(e.path("status").asText()).isEqualTo("succeeded");
            newIds.add(e.path("newId").asText());
        }
        assertThat(newIds).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(listedEndpoint(to, newIds.get(i))).as("in the receiving tenant").isNotNull();
            assertThat(listedEndpoint(from, ids.get(i))).as("gone from the sending tenant").isNull();
        }
        assertThat(sandbox.world().endpoints(to.id())).hasSize(receiverBefore + 2);

        Api.Response asSender = api.tool("get_migration_job", Map.of("job_id", jobId, "tenant_id", from.id()));
        assertThat(asSender.body().at("/job/mode").asText()).isEqualTo("sending");
        Api.Response asReceiver = api.tool("get_migration_job", Map.of("job_id", jobId, "tenant_id", to.id()));
        assertThat(asReceiver.body().at("/job/mode").asText()).isEqualTo("receiving");
        Api.Response statuses = api.tool("list_migration_endpoints", Map.of("job_id", jobId, "tenant_id", to.id()));
        assertThat(statuses.status()).isEqualTo(200);
        assertThat(statuses.body().at("/byStatus/succeeded").asInt()).isEqualTo(2);
        JsonNode audit = lastAudit("create_migration_job");
        assertThat(audit.path("outcome").asText()).isEqualTo("applied");
        assertThat(audit.at("/tenant/from").asText()).isEqualTo(from.id());
        assertThat(audit.at("/tenant/to").asText()).isEqualTo(to.id());
    }

    @Test
    void aMigrationWithinOneTenantIsRefusedBeforeAnythingIsSent() {
        SandboxTenant t = tenant(11);
        Api.Response r = api.tool("create_migration_job", Map.of("from_tenant_id", t.id(), "to_tenant_id", t.id(),
                "endpoint_ids", List.of(sandbox.world().endpoints(t.id()).get(0).get("id").asText())));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("to_tenant_id");
        assertThat(sandbox.requests().all()).isEmpty();
        assertThat(lastAudit("create_migration_job").path("outcome").asText()).isEqualTo("invalid");
    }
}
