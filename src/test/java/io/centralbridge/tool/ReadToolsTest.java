package io.centralbridge.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;

/** The six curated read tools against the partner sandbox, checked against the sandbox's own data. */
class ReadToolsTest extends PartnerAppTest {

    private SandboxTenant tenant(int i) {
        return sandbox.world().tenants().get(i);
    }

    private String p(SandboxTenant t) {
        return "{\"tenant_id\":\"" + t.id() + "\"}";
    }

    @Test
    void listTenantsAnswersEveryTenantWithItsRegionAndHost() {
        Api.Response r = api.tool("list_tenants", "{}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("mode").asText()).isEqualTo("partner");
        assertThat(r.body().path("count").asInt()).isEqualTo(12);
        for (JsonNode t : r.body().path("tenants")) {
            SandboxTenant s = sandbox.world().tenant(t.path("id").asText());
            assertThat(t.path("name").asText()).isEqualTo(s.name());
            assertThat(t.path("showAs").asText()).isEqualTo(s.showAs());
            assertThat(t.path("dataRegion").asText()).isEqualTo(s.dataRegion());
            assertThat(t.path("apiHost").asText()).isEqualTo(s.apiHost());
            assertThat(t.path("billingType").asText()).isEqualTo(s.billingType());
            assertThat(t.path("status").asText()).isEqualTo(s.status());
        }
        assertThat(r.body().path("tenants").findValuesAsText("dataRegion")).contains("eu01", "us01", "ca01");
    }

    @Test
    void healthCheckScoresAreTheSandboxScores() {
        SandboxTenant t = tenant(5);
        ObjectNode expected = sandbox.world().healthCheck(t.id());

        Api.Response r = api.tool("get_account_health_check", p(t));

        assertThat(r.status()).isEqualTo(200);
        JsonNode s = r.body().path("scores");
        JsonNode ep = expected.path("endpoint");
        assertThat(s.path("protection").path("computer").asInt()).isEqualTo(ep.at("/protection/computer/score").asInt());
        assertThat(s.path("protection").path("server").asInt()).isEqualTo(ep.at("/protection/server/score").asInt());
        assertThat(s.path("tamperProtection").path("computer").asInt()).isEqualTo(ep.at("/tamperProtection/computer/score").asInt());
        assertThat(s.path("policy").path("computer").asInt()).isEqualTo(ep.at("/policy/computer/threat-protection/score").asInt());
        assertThat(s.path("exclusions").path("global").asInt()).isEqualTo(ep.at("/exclusions/global/score").asInt());
        assertThat(r.body().path("raw")).isEqualTo(expected);
        assertThat(r.body().at("/tenant/id").asText()).isEqualTo(t.id());
    }

    @Test
    void listEndpointsSplitsTheInventoryByType() {
        SandboxTenant t = tenant(2);
        List<ObjectNode> all = sandbox.world().endpoints(t.id());

        Api.Response r = api.tool("list_endpoints", p(t));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("total").asInt()).isEqualTo(all.size());
        assertThat(r.body().at("/computers/count").asInt()).isEqualTo(countType(all, "computer"));
        assertThat(r.body().at("/servers/count").asInt()).isEqualTo(countType(all, "server"));
        assertThat(r.body().at("/securityVms/count").asInt()).isEqualTo(countType(all, "securityVm"));
        assertThat(r.body().at("/servers/items")).allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("server"));
        assertThat(r.body().path("truncated").asBoolean()).isFalse();
    }

    @Test
    void listAlertsFiltersBySeverityAndWindowAndDeduplicates() {
        SandboxTenant t = tenant(1);
        Instant from = Instant.now().minus(30, ChronoUnit.DAYS);
        long expected = sandbox.world().alerts(t.id()).stream()
                .filter(a -> a.path("severity").asText().equals("high"))
                .filter(a -> !Instant.parse(a.path("raisedAt").asText()).isBefore(from))
                .count();

        Api.Response r = api.tool("list_alerts", Map.of("tenant_id", t.id(), "severity", "high",
                "from_date", from.toString(), "max_records", 50000));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("count").asLong()).isEqualTo(expected);
        assertThat(r.body().path("items")).allSatisfy(a -> {
            assertThat(a.path("severity").asText()).isEqualTo("high");
            assertThat(Instant.parse(a.path("raisedAt").asText())).isAfterOrEqualTo(from);
        });
        assertThat(sandbox.requests().matching("GET", "/common/v1/alerts"))
                .allSatisfy(q -> assertThat(q.query("severity")).isEqualTo("high"));
    }

    @Test
    void listAlertsRefusesAWindowBeyond90DaysWithoutCallingSophos() {
        Api.Response r = api.tool("list_alerts", Map.of("tenant_id", tenant(1).id(),
                "from_date", Instant.now().minus(120, ChronoUnit.DAYS).toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("from_date");
        assertThat(r.body().path("detail").asText()).contains("90 days");
        assertThat(sandbox.requests().matching("GET", "/common/v1/alerts")).isEmpty();
    }

    @Test
    void listAlertsClosedIsAClearErrorUnlessEnabled() {
        Api.Response r = api.tool("list_alerts", Map.of("tenant_id", tenant(1).id(), "status", "closed"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("status");
        assertThat(r.body().path("detail").asText()).contains("closed-search-enabled");
        assertThat(sandbox.requests().count()).isZero();
    }

    @Test
    void listUsersReadsTheWholeDirectory() {
        SandboxTenant t = tenant(3);
        Api.Response r = api.tool("list_users", p(t));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("count").asInt()).isEqualTo(sandbox.world().users(t.id()).size());
        assertThat(r.body().path("items").get(0).has("email")).isTrue();
    }

    @Test
    void qbrSummaryCountsAgreeWithTheSandbox() {
        SandboxTenant t = tenant(4);
        List<ObjectNode> eps = sandbox.world().endpoints(t.id());
        Instant quarter = Instant.now().minus(90, ChronoUnit.DAYS);
        List<ObjectNode> alerts = sandbox.world().alerts(t.id()).stream()
                .filter(a -> Instant.parse(a.path("raisedAt").asText()).isAfter(quarter.plus(2, ChronoUnit.MINUTES)))
                .toList();

        Api.Response r = api.tool("get_qbr_summary", p(t));

        assertThat(r.status()).isEqualTo(200);
        JsonNode b = r.body();
        assertThat(b.at("/endpoints/total").asInt()).isEqualTo(eps.size());
        assertThat(b.at("/endpoints/byType").toString()).isEqualTo(toNode(countBy(eps, "/type")).toString());
        assertThat(b.at("/endpoints/byHealth").toString()).isEqualTo(toNode(countBy(eps, "/health/overall")).toString());
        assertThat(b.at("/endpoints/byOs").toString()).isEqualTo(toNode(countBy(eps, "/os/platform")).toString());
        assertThat(b.at("/endpoints/tamperProtection/disabled").asInt(0))
                .isEqualTo((int) eps.stream().filter(e -> !e.path("tamperProtectionEnabled").asBoolean()).count());
        assertThat(b.at("/users/total").asInt()).isEqualTo(sandbox.world().users(t.id()).size());
        assertThat(b.at("/alerts/total").asInt()).isBetween(alerts.size(), alerts.size() + 5);
        int sev = 0;
        for (JsonNode v : b.at("/alerts/bySeverity")) {
            sev += v.asInt();
        }
        assertThat(sev).isEqualTo(b.at("/alerts/total").asInt());
        assertThat(b.at("/healthScores/protection/computer").isInt()).isTrue();
        assertThat(b.path("disclaimer").asText()).contains("deduplicated").contains("not raw events");
        assertThat(b.toString()).doesNotContain("hostname");
        // one read of each part: health check, alerts pages, endpoint pages, user pages
        assertThat(sandbox.requests().matching("GET", "/account-health-check/v1/health-check")).hasSize(1);
    }

    private static long countType(List<ObjectNode> all, String type) {
        return all.stream().filter(e -> e.path("type").asText().equals(type)).count();
    }

    private static Map<String, Long> countBy(List<ObjectNode> all, String pointer) {
        return all.stream().collect(Collectors.groupingBy(e -> e.at(pointer).asText("unknown"), TreeMap::new,
                Collectors.counting()));
    }

    private static JsonNode toNode(Map<String, Long> m) {
        ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        m.forEach(n::put);
        return n;
    }
}
