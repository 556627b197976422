package io.centralbridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.session.Tenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Allowed items, blocked items, blocked addresses, scanning exclusions. No read tool lists these yet, so the
 * read-back goes through our own upstream route (direct:sophos.pages) to the sandbox's list APIs.
 */
class SettingsListsTest extends WriteAppTest {

    private static final String SHA = "3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081920";

    @Autowired
    SophosClient client;

    private List<JsonNode> list(SandboxTenant t, String path) {
        Tenant tenant = directory.find(t.id()).orElseThrow();
        return client.pages(SophosRequest.get("/endpoint/v1/settings" + path, Scope.tenant(tenant))
                .paged(Paging.PAGE, "default"), 1000).items();
    }

    @Test
    void anAllowedItemIsCreatedOnceAndListedAndADuplicateIsAConflict() {
        SandboxTenant t = tenant(8);
        Map<String, Object> p = Map.of("tenant_id", t.id(), "item_type", "sha256", "value", SHA.toUpperCase(),
                "comment", "vendor build tool");
        JsonNode req = dryRun("create_allowed_item", params("tenant_id", t.id(), "item_type", "sha256",
                "value", SHA, "comment", "vendor build tool")).get(0);
        assertThat(req.path("path").asText()).isEqualTo("/endpoint/v1/settings/allowed-items");
        assertThat(req.at("/body/properties/sha256").asText()).isEqualTo(SHA);

        Api.Response r = api.tool("create_allowed_item", p);

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().at("/item/id").asText()).isNotBlank();
        assertThat(list(t, "/allowed-items")).anyMatch(i -> SHA.equals(i.at("/properties/sha256").asText())
                && "vendor build tool".equals(i.path("comment").asText()));
        Api.Response again = api.tool("create_allowed_item", p);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("upstreamStatus").asInt()).isEqualTo(409);
        assertThat(lastAudit("create_allowed_item").path("outcome").asText()).isEqualTo("failed");
        assertThat(lastAudit("create_allowed_item").path("correlationId").asText()).isNotBlank();
    }

    @Test
    void aBlockedItemIsCreatedInItsGrantedTenantAndRefusedElsewhere() {
        SandboxTenant granted = limitedTenant();
        dryRun("create_blocked_item", params("tenant_id", granted.id(), "sha256", SHA, "comment", "ransomware"));

        Api.Response r = api.tool("create_blocked_item", Map.of("tenant_id", granted.id(), "sha256", SHA,
                "comment", "ransomware", "file_name", "evil.exe"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(list(granted, "/blocked-items")).anyMatch(i -> SHA.equals(i.at("/properties/sha256").asText())
                && "evil.exe".equals(i.at("/properties/fileName").asText()));

        SandboxTenant other = tenant(10);
        sandbox.requests().clear();
        Api.Response refused = api.tool("create_blocked_item", Map.of("tenant_id", other.id(), "sha256", SHA,
                "comment", "ransomware"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("grant").asText()).isEqualTo("create_blocked_item@" + other.id());
        assertThat(refused.body().path("detail").asText()).contains("SOPHOS_GRANTS");
        assertThat(sandbox.requests().all()).isEmpty();
        assertThat(lastAudit("create_blocked_item").path("outcome").asText()).isEqualTo("refused");
        assertThat(lastAudit("create_blocked_item").at("/tenant/id").asText()).isEqualTo(other.id());
    }

    @Test
    void blockedAddressesOfEveryFormAreCreatedWithTheirExpiry() {
        SandboxTenant t = tenant(8);
        List<String> addresses = List.of("203.0.113.7", "2001:db8::17", "198.51.100.0/24", "192.0.2.10-192.0.2.20");
        JsonNode req = dryRun("create_blocked_addresses", params("tenant_id", t.id(), "addresses", addresses,
                "expires_in_days", 3)).get(0);
        assertThat(req.path("path").asText()).isEqualTo("/endpoint/v1/settings/blocked-addresses/bulk");
        assertThat(req.at("/body/items")).hasSize(4);

        Api.Response r = api.tool("create_blocked_addresses", Map.of("tenant_id", t.id(), "addresses", addresses,
                "comment", "C2 servers"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("count").asInt()).isEqualTo(4);
        List<JsonNode> listed = list(t, "/blocked-addresses");
        for (String a : addresses) {
            assertThat(listed).anyMatch(i -> a.equals(i.path("item").asText()) && i.hasNonNull("blockedUntil"));
        }
        assertThat(lastAudit("create_blocked_addresses").at("/params/addresses")).hasSize(4);
    }

    @Test
    void aScanningExclusionIsCreatedListedAndDeleted() {
        SandboxTenant t = tenant(8);
        dryRun("create_scanning_exclusion", params("tenant_id", t.id(), "value", "C:\\Build\\", "exclusion_type", "path"));

        Api.Response r = api.tool("create_scanning_exclusion", Map.of("tenant_id", t.id(), "value", "C:\\Build\\",
                "exclusion_type", "path", "scan_mode", "onDemandAndOnAccess", "comment", "build output"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.body().at("/exclusion/id").asText();
        assertThat(list(t, "/exclusions/scanning")).anyMatch(i -> id.equals(i.path("id").asText())
                && "onDemandAndOnAccess".equals(i.path("scanMode").asText()));

        sandbox.requests().clear();
        JsonNode del = dryRun("delete_scanning_exclusion", params("tenant_id", t.id(), "exclusion_id", id)).get(0);
        assertThat(del.path("method").asText()).isEqualTo("DELETE");
        assertThat(del.has("body")).isFalse();
        Api.Response d = api.tool("delete_scanning_exclusion", Map.of("tenant_id", t.id(), "exclusion_id", id));
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.body().path("deleted").asBoolean()).isTrue();
        assertThat(list(t, "/exclusions/scanning")).noneMatch(i -> id.equals(i.path("id").asText()));
        Api.Response gone = api.tool("delete_scanning_exclusion", Map.of("tenant_id", t.id(), "exclusion_id", id));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(lastAudit("delete_scanning_exclusion").path("outcome").asText()).isEqualTo("not_found");
    }
}
