package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static io.centralbridge.sandbox.CredentialKind.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Paging, caps and filters of the endpoint, alert and directory APIs, and the health check's agreement. */
class SandboxPagingTest {
    static Sandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Follows nextKey from the first page to the last and returns every item. */
    static List<JsonNode> walkKeys(CredentialKind kind, SandboxTenant t, String path) {
        List<JsonNode> all = new ArrayList<>();
        String key = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            SandboxClient.Response r = client.tenantGet(kind, t, path + (key == null ? "" : sep + "pageFromKey=" + key));
            assertThat(r.status()).as("%s", r.json()).isEqualTo(200);
            r.json().get("items").forEach(all::add);
            key = r.json().at("/pages/nextKey").isMissingNode() ? null : r.json().at("/pages/nextKey").asText();
        } while (key != null);
        return all;
    }

    @Test
    void keyBasedPagingWalksEveryEndpointExactlyOnce() {
        for (SandboxTenant t : sandbox.world().tenants().subList(0, 2)) {
            List<JsonNode> walked = walkKeys(PARTNER, t, "/endpoint/v1/endpoints?pageSize=37");
            List<String> ids = walked.stream().map(e -> e.get("id").asText()).toList();

            assertThat(ids).doesNotHaveDuplicates().hasSize(sandbox.world().endpoints(t.id()).size());
            assertThat(ids).containsExactlyElementsOf(sandbox.world().endpoints(t.id()).stream()
                    .map(e -> e.get("id").asText()).toList());
        }
    }

    @Test
    void theLastEndpointPageHasNoNextKeyAndTotalsComeOnRequest() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        int n = sandbox.world().endpoints(t.id()).size();
        JsonNode all = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?pageSize=500&pageTotal=true").json();

        assertThat(all.get("items")).hasSize(n);
        assertThat(all.at("/pages").has("nextKey")).isFalse();
        assertThat(all.at("/pages/items").asInt()).isEqualTo(n);
        assertThat(all.at("/pages/total").asInt()).isEqualTo(1);
        assertThat(all.at("/pages/maxSize").asInt()).isEqualTo(500);
        assertThat(n).isBetween(40, 400);
    }

    @Test
    void pageSizesAboveTheCapAreRefused() {
        SandboxTenant t = sandbox.world().tenants().get(0);

        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?pageSize=501").status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, t, "/common/v1/alerts?pageSize=101").status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, t, "/common/v1/directory/users?pageSize=101").status()).isEqualTo(400);
        assertThat(client.post(client.token(PARTNER), t.apiHost(), "/common/v1/alerts/search", "{\"pageSize\":101}",
                "X-Tenant-ID", t.id()).status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, t, "/common/v1/alerts?pageSize=100").status()).isEqualTo(200);
    }

    @Test
    void endpointFiltersMatchAndInvalidValuesNameTheParameter() {
        SandboxTenant t = sandbox.world().tenants().get(1);
        List<JsonNode> servers = walkKeys(PARTNER, t, "/endpoint/v1/endpoints?type=server,securityVm&pageSize=500");
        List<JsonNode> stale = walkKeys(PARTNER, t, "/endpoint/v1/endpoints?lastSeenBefore=-P14D&pageSize=500");
        SandboxClient.Response bad = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?type=laptop");
        long expectedServers = sandbox.world().endpoints(t.id()).stream()
                .filter(e -> !e.get("type").asText().equals("computer")).count();

        assertThat(servers).hasSize((int) expectedServers)
                .allSatisfy(e -> assertThat(e.get("type").asText()).isIn("server", "securityVm"));
        assertThat(stale).allSatisfy(e -> assertThat(Instant.parse(e.get("lastSeenAt").asText()))
                .isBefore(Instant.now().minusSeconds(14 * 86400)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("'type'");
        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?healthStatus=awful").status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?pagesize=10").status()).isEqualTo(400);
        JsonNode basic = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?view=basic&pageSize=1").json().at("/items/0");
        assertThat(basic.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "type", "tenant", "hostname");
    }

    @Test
    void alertsWalkNewestFirstAndFilterBySeverityAndTime() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        List<JsonNode> walked = walkKeys(TENANT, t, "/common/v1/alerts?pageSize=100");
        List<String> times = walked.stream().map(a -> a.get("raisedAt").asText()).toList();
        Instant from = sandbox.world().anchor().minusSeconds(7 * 86400);
        List<JsonNode> lastWeekHigh = walkKeys(TENANT, t, "/common/v1/alerts?pageSize=100&severity=high&from=" + from);

        assertThat(walked).hasSize(sandbox.world().alerts(t.id()).size());
        assertThat(walked.stream().map(a -> a.get("id").asText()).toList()).doesNotHaveDuplicates();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(lastWeekHigh).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("severity").asText()).isEqualTo("high");
            assertThat(Instant.parse(a.get("raisedAt").asText())).isAfterOrEqualTo(from);
        });
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?severity=critical").status()).isEqualTo(400);
    }

    @Test
    void alertSearchTakesTheSameFiltersAsAJsonBody() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        JsonNode viaGet = client.tenantGet(TENANT, t, "/common/v1/alerts?severity=medium,high&product=server&pageSize=100&pageTotal=true").json();
        JsonNode viaPost = client.post(client.token(TENANT), t.apiHost(), "/common/v1/alerts/search",
                "{\"severity\":[\"medium\",\"high\"],\"product\":[\"server\"],\"pageSize\":100,\"pageTotal\":true}",
                "X-Tenant-ID", t.id()).json();
        SandboxClient.Response notArray = client.post(client.token(TENANT), t.apiHost(), "/common/v1/alerts/search",
                "{\"severity\":\"high\"}", "X-Tenant-ID", t.id());

        assertThat(viaPost.get("items")).isEqualTo(viaGet.get("items"));
        assertThat(viaPost.at("/pages/items").asInt()).isEqualTo(viaGet.at("/pages/items").asInt()).isPositive();
        assertThat(notArray.status()).isEqualTo(400);
    }

    @Test
    void alertsReferenceRealEndpointsAndSomeShareAGroupKey() {
        SandboxTenant t = sandbox.world().tenants().get(2);
        var endpointIds = new HashSet<String>();
        sandbox.world().endpoints(t.id()).forEach(e -> endpointIds.add(e.get("id").asText()));
        List<JsonNode> alerts = List.copyOf(sandbox.world().alerts(t.id()));
        long distinctKeys = alerts.stream().map(a -> a.get("groupKey").asText()).distinct().count();

        assertThat(alerts).allSatisfy(a -> assertThat(endpointIds).contains(a.at("/managedAgent/id").asText()));
        assertThat(distinctKeys).isLessThan(alerts.size());
        assertThat(alerts.size()).isBetween(150, 1500);
    }

    @Test
    void theBigDirectoryPagesAtTheCap() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        List<String> ids = new ArrayList<>();
        JsonNode first = client.tenantGet(TENANT, t, "/common/v1/directory/users?pageSize=100&pageTotal=true").json();
        for (int page = 1; page <= first.at("/pages/total").asInt(); page++) {
            client.tenantGet(TENANT, t, "/common/v1/directory/users?pageSize=100&page=" + page).json()
                    .get("items").forEach(u -> ids.add(u.get("id").asText()));
        }

        assertThat(first.at("/pages/items").asInt()).isEqualTo(250);
        assertThat(first.at("/pages/total").asInt()).isEqualTo(3);
        assertThat(ids).hasSize(250).doesNotHaveDuplicates();
        assertThat(client.tenantGet(TENANT, t, "/common/v1/directory/users?sourceType=ldap").status()).isEqualTo(400);
    }

    @Test
    void theHealthCheckAgreesWithTheEndpoints() {
        for (SandboxTenant t : sandbox.world().tenants().subList(0, 2)) {
            List<JsonNode> endpoints = walkKeys(PARTNER, t, "/endpoint/v1/endpoints?pageSize=500");
            JsonNode hc = client.tenantGet(PARTNER, t, "/account-health-check/v1/health-check").json().get("endpoint");
            List<JsonNode> computers = endpoints.stream().filter(e -> e.get("type").asText().equals("computer")).toList();
            List<JsonNode> servers = endpoints.stream().filter(e -> !e.get("type").asText().equals("computer")).toList();

            assertThat(hc.at("/protection/computer/total").asInt()).isEqualTo(computers.size());
            assertThat(hc.at("/protection/server/total").asInt()).isEqualTo(servers.size());
            assertThat(hc.at("/protection/computer/notFullyProtected").asInt())
                    .isEqualTo(computers.stream().filter(e -> !e.at("/health/overall").asText().equals("good")).count());
            assertThat(hc.at("/tamperProtection/server/disabled").asInt())
                    .isEqualTo(servers.stream().filter(e -> !e.get("tamperProtectionEnabled").asBoolean()).count());
            int total = hc.at("/tamperProtection/computer/total").asInt();
            int disabled = hc.at("/tamperProtection/computer/disabled").asInt();
            assertThat(hc.at("/tamperProtection/computer/score").asInt())
                    .isEqualTo((int) Math.round(100.0 * (total - disabled) / total));
            assertThat(hc.at("/policy/computer/threat-protection/policies")).isNotEmpty();
        }
        SandboxTenant t0 = sandbox.world().tenants().get(0);
        JsonNode only = client.tenantGet(TENANT, t0, "/account-health-check/v1/health-check?checks=protection").json();
        assertThat(only.get("endpoint").fieldNames()).toIterable().containsExactly("protection");
        assertThat(client.tenantGet(TENANT, t0, "/account-health-check/v1/health-check?checks=speed").status()).isEqualTo(400);
    }
}
