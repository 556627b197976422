package io.centralbridge.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, rename, fill, empty and delete a group; membership read back through list_endpoints. */
class EndpointGroupsTest extends WriteAppTest {

    private List<String> computers(SandboxTenant t, int n) {
        return sandbox.world().endpoints(t.id()).stream().filter(e -> "computer".equals(e.path("type").asText()))
                .map(e -> e.get("id").asText()).limit(n).toList();
    }

    @Test
    void aGroupIsCreatedFilledRenamedEmptiedAndDeleted() {
        SandboxTenant t = tenant(10);
        List<String> ids = computers(t, 3);
        JsonNode req = dryRun("create_endpoint_group", params("tenant_id", t.id(), "name", "Incident hosts",
                "group_type", "computer", "endpoint_ids", ids.subList(0, 1))).get(0);
        assertThat(req.path("path").asText()).isEqualTo("/endpoint/v1/endpoint-groups");
        assertThat(req.at("/body/type").asText()).isEqualTo("computer");

        Api.Response created = api.tool("create_endpoint_group", Map.of("tenant_id", t.id(), "name", "Incident hosts",
                "group_type", "computer", "description", "IR 2026-12", "endpoint_ids", ids.subList(0, 1)));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String group = created.body().at("/group/id").asText();
        assertThat(listedEndpoint(t, ids.get(0)).at("/group/id").asText()).isEqualTo(group);
        assertThat(api.tool("create_endpoint_group", Map.of("tenant_id", t.id(), "name", "Incident hosts",
                "group_type", "computer")).body().path("upstreamStatus").asInt()).as("duplicate name").isEqualTo(409);

        sandbox.requests().clear();
        dryRun("add_endpoints_to_group", params("tenant_id", t.id(), "group_id", group, "endpoint_ids", ids.subList(1, 3)));
        Api.Response added = api.tool("add_endpoints_to_group", Map.of("tenant_id", t.id(), "group_id", group,
                "endpoint_ids", ids.subList(1, 3)));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.body().path("addedEndpoints")).hasSize(2);
        for (String id : ids) {
            assertThat(listedEndpoint(t, id).at("/group/name").asText()).isEqualTo("Incident hosts");
        }

        sandbox.requests().clear();
        dryRun("update_endpoint_group", params("tenant_id", t.id(), "group_id", group, "name", "Contained hosts"));
        Api.Response renamed = api.tool("update_endpoint_group", Map.of("tenant_id", t.id(), "group_id", group,
                "name", "Contained hosts"));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.body().at("/group/name").asText()).isEqualTo("Contained hosts");
        assertThat(listedEndpoint(t, ids.get(2)).at("/group/name").asText()).isEqualTo("Contained hosts");

        sandbox.requests().clear();
        JsonNode rm = dryRun("remove_endpoints_from_group", params("tenant_id", t.id(), "group_id", group,
                "endpoint_ids", ids.subList(0, 2))).get(0);
        assertThat(rm.path("method").asText()).isEqualTo("DELETE");
        assertThat(rm.at("/query/ids").asText()).isEqualTo(ids.get(0) + "," + ids.get(1));
        Api.Response removed = api.tool("remove_endpoints_from_group", Map.of("tenant_id", t.id(), "group_id", group,
                "endpoint_ids", ids.subList(0, 2)));
        assertThat(removed.status()).as(removed.text()).isEqualTo(200);
        assertThat(removed.body().path("removedEndpoints")).hasSize(2);
        assertThat(listedEndpoint(t, ids.get(0)).has("group")).isFalse();
        assertThat(listedEndpoint(t, ids.get(2)).at("/group/id").asText()).isEqualTo(group);

        sandbox.requests().clear();
        dryRun("delete_endpoint_group", params("tenant_id", t.id(), "group_id", group));
        Api.Response deleted = api.tool("delete_endpoint_group", Map.of("tenant_id", t.id(), "group_id", group));
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(listedEndpoint(t, ids.get(2)).has("group")).isFalse();
        assertThat(api.tool("delete_endpoint_group", Map.of("tenant_id", t.id(), "group_id", group)).status())
                .isEqualTo(404);
        for (String tool : List.of("create_endpoint_group", "add_endpoints_to_group", "update_endpoint_group",
                "remove_endpoints_from_group", "delete_endpoint_group")) {
            assertThat(auditLines(tool)).as(tool).anyMatch(l -> "applied".equals(l.path("outcome").asText()))
                    .anyMatch(l -> "dry_run".equals(l.path("outcome").asText()));
        }
    }

    @Test
    void aGroupSyncedFromActiveDirectoryCannotBeChanged() {
        SandboxTenant t = tenant(10);
        String ad = adGroup(t);
        sandbox.requests().clear();

        Api.Response r = api.tool("delete_endpoint_group", Map.of("tenant_id", t.id(), "group_id", ad));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().path("upstreamStatus").asInt()).isEqualTo(409);
        assertThat(sandbox.requests().matching("DELETE", "/endpoint/v1/endpoint-groups/")).hasSize(1);
        assertThat(api.tool("update_endpoint_group", Map.of("tenant_id", t.id(), "group_id", ad, "name", "x"))
                .body().path("upstreamStatus").asInt()).isEqualTo(409);
    }

    private String adGroup(SandboxTenant t) {
        io.centralbridge.session.Tenant tenant = directory.find(t.id()).orElseThrow();
        return client.pages(io.centralbridge.http.SophosRequest.get(Groups.BASE, io.centralbridge.http.Scope.tenant(tenant))
                        .query("search", "AD:").paged(io.centralbridge.http.Paging.PAGE, "default"), 100).items().stream()
                .filter(g -> g.path("name").asText().startsWith("AD:")).findFirst().orElseThrow().path("id").asText();
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.centralbridge.http.SophosClient client;
}
