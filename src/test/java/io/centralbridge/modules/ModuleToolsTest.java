package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;

/** The seven module tools with the partner credential, against the sandbox's own data. */
class ModuleToolsTest extends PartnerAppTest {

    private SandboxTenant tenant(int i) {
        return sandbox.world().tenants().get(i);
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new java.util.ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private Api.Response ok(String tool, Map<String, Object> params) {
        Api.Response r = api.tool(tool, params);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r;
    }

    @Test
    void endpointsFollowKeyPagesUpToMaxRecordsOnTheTenantsRegionWithOnlyGets() {
        SandboxTenant t = tenant(3);
        List<ObjectNode> all = sandbox.world().endpoints(t.id());
        int max = Math.min(all.size() - 1, 150);

        Api.Response r = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "endpoints",
                "follow_pages", true, "max_records", max, "query_params", Map.of("view", "basic"),
                "response_filter", "{count: count, truncated: truncated, items: items[].{id: id, host: hostname}}"));

        assertThat(r.body().path("count").asInt()).isEqualTo(max);
        assertThat(r.body().path("truncated").asBoolean()).isTrue();
        assertThat(r.body().path("items").findValuesAsText("host"))
                .containsExactlyElementsOf(all.subList(0, max).stream().map(e -> e.get("hostname").asText()).toList());
        assertThat(r.body().path("items").get(0).size()).isEqualTo(2);
        List<RecordedRequest> seen = sandbox.requests().all();
        assertThat(seen).hasSizeGreaterThan(1).allSatisfy(s -> {
            assertThat(s.method()).isEqualTo("GET");
            assertThat(s.path()).isEqualTo("/endpoint/v1/endpoints");
            assertThat(s.server()).isEqualTo(t.dataRegion());
            assertThat(s.header("X-Tenant-ID")).isEqualTo(t.id());
            assertThat(s.header("X-Partner-ID")).isNull();
            assertThat(s.query("view")).isEqualTo("basic");
            assertThat(Integer.parseInt(s.query("pageSize"))).isLessThanOrEqualTo(100);
        });
        assertThat(seen.get(1).query("pageFromKey")).isNotBlank();
    }

    @Test
    void endpointGroupsListTheirMembersByKeyPages() {
        SandboxTenant t = tenant(0);
        Map<String, Long> expected = sandbox.world().endpoints(t.id()).stream()
                .filter(e -> e.has("group"))
                .collect(Collectors.groupingBy(e -> e.at("/group/id").asText(), Collectors.counting()));

        Api.Response groups = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "endpoint-groups",
                "follow_pages", true));

        JsonNode items = groups.body().path("items");
        assertThat(ids(items)).containsAll(expected.keySet());
        // besides the groups the endpoints name there is the tenant's AD-synced group, which has no members
        items.forEach(g -> {
            if (!expected.containsKey(g.path("id").asText())) {
                assertThat(g.at("/endpoints/total").asLong(0)).isZero();
            }
        });
        JsonNode first = null;
        for (JsonNode g : items) {
            if (first == null && expected.containsKey(g.path("id").asText())) {
                first = g;
            }
        }
        String groupId = first.path("id").asText();
        assertThat(first.at("/endpoints/total").asLong()).isEqualTo(expected.get(groupId));
        sandbox.requests().clear();

        Api.Response members = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(),
                "path", "endpoint-groups/" + groupId + "/endpoints", "follow_pages", true,
                "query_params", Map.of("pageTotal", true)));

        assertThat(members.body().path("count").asLong()).isEqualTo(expected.get(groupId));
        assertThat(members.body().path("truncated").asBoolean()).isFalse();
        assertThat(sandbox.requests().all()).allSatisfy(s -> assertThat(s.query("page")).isNull());
    }

    @Test
    void endpointSettingsPoliciesTamperAndInstallersAreRead() {
        SandboxTenant t = tenant(4);
        ObjectNode ep = sandbox.world().endpoints(t.id()).get(2);
        String id = ep.get("id").asText();

        assertThat(ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "endpoints/" + id))
                .body().path("hostname").asText()).isEqualTo(ep.get("hostname").asText());
        JsonNode tamper = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(),
                "path", "endpoints/" + id + "/tamper-protection")).body();
        assertThat(tamper.path("enabled").asBoolean()).isEqualTo(ep.get("tamperProtectionEnabled").asBoolean());
        assertThat(tamper.path("password").asText()).isNotBlank();
        for (String list : List.of("settings/allowed-items", "settings/blocked-items", "settings/exclusions/scanning",
                "settings/web-control/local-sites", "policies")) {
            JsonNode page = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", list)).body();
            assertThat(page.path("items")).as(list).isNotEmpty();
            assertThat(page.at("/pages/current").asInt()).as(list).isEqualTo(1);
            String itemId = page.path("items").get(0).path("id").asText();
            assertThat(ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", list + "/" + itemId))
                    .body().path("id").asText()).isEqualTo(itemId);
        }
        JsonNode tp = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "policies",
                "query_params", Map.of("policyType", "threat-protection"), "response_filter", "items[].type")).body();
        assertThat(tp.path("result")).isNotEmpty().allSatisfy(v -> assertThat(v.asText()).isEqualTo("threat-protection"));

        sandbox.requests().clear();
        JsonNode dl = ok("sophos_endpoint_get", Map.of("tenant_id", t.id(), "path", "downloads",
                "query_params", Map.of("platforms", List.of("windows", "linux")))).body();
        assertThat(dl.path("installers").findValuesAsText("platform")).containsOnly("windows", "linux");
        assertThat(sandbox.requests().all()).singleElement()
                .satisfies(s -> assertThat(s.query("platforms")).isEqualTo("windows,linux"));
    }

    @Test
    void commonAdminsRolesUserGroupsAndAlertsById() {
        SandboxTenant t = tenant(0);
        ObjectNode alert = sandbox.world().alerts(t.id()).get(7);
        assertThat(ok("sophos_common_get", Map.of("tenant_id", t.id(), "path", "alerts/" + alert.get("id").asText()))
                .body().path("description").asText()).isEqualTo(alert.get("description").asText());

        JsonNode admins = ok("sophos_common_get", Map.of("tenant_id", t.id(), "path", "admins")).body();
        JsonNode roles = ok("sophos_common_get", Map.of("tenant_id", t.id(), "path", "roles", "follow_pages", true)).body();
        assertThat(ids(roles.path("items")))
                .containsAll(admins.path("items").findValuesAsText("roleId"));
        JsonNode groups = ok("sophos_common_get", Map.of("tenant_id", t.id(), "path", "directory/user-groups",
                "response_filter", "items[].{name: name, members: users.total}")).body();
        long inSales = sandbox.world().users(t.id()).stream()
                .filter(u -> u.at("/groups/items").findValuesAsText("name").contains("Sales")).count();
        assertThat(groups.path("result").findValues("members").stream().mapToLong(JsonNode::asLong).sum())
                .isGreaterThanOrEqualTo(inSales);
    }

    @Test
    void casesWithDetectionsEntitiesAndMitreSummary() {
        SandboxTenant t = tenant(1);
        JsonNode cases = ok("sophos_cases_get", Map.of("tenant_id", t.id(), "path", "cases", "follow_pages", true,
                "max_records", 3)).body();
        assertThat(cases.path("count").asInt()).isEqualTo(3);
        assertThat(cases.path("truncated").asBoolean()).isTrue();
        JsonNode c = cases.path("items").get(0);
        String id = c.path("id").asText();

        JsonNode detections = ok("sophos_cases_get", Map.of("tenant_id", t.id(), "path", "cases/" + id + "/detections"))
                .body();
        assertThat(detections.path("items").size()).isEqualTo(c.path("detectionCount").asInt());
        JsonNode entities = ok("sophos_cases_get", Map.of("tenant_id", t.id(),
                "path", "cases/" + id + "/impacted-entities")).body();
        assertThat(entities.path("items").findValuesAsText("type")).contains("device");
        JsonNode mitre = ok("sophos_cases_get", Map.of("tenant_id", t.id(),
                "path", "cases/" + id + "/mitre-attack-summary")).body();
        assertThat(mitre.path("tactics").findValuesAsText("id"))
                .containsAll(detections.path("items").findValues("tactic").stream().map(x -> x.path("id").asText()).toList());
        assertThat(sandbox.requests().all()).allSatisfy(s -> assertThat(s.server()).isEqualTo(t.dataRegion()));
    }

    @Test
    void partnerModuleReadsTheGlobalHostWithThePartnerHeaderOnly() {
        SandboxTenant t = tenant(5);
        JsonNode one = ok("sophos_partner_get", Map.of("path", "tenants/" + t.id())).body();
        assertThat(one.path("apiHost").asText()).isEqualTo(t.apiHost());
        JsonNode admins = ok("sophos_partner_get", Map.of("path", "admins", "follow_pages", true)).body();
        assertThat(admins.path("count").asInt()).isPositive();
        JsonNode roles = ok("sophos_partner_get", Map.of("path", "roles",
                "query_params", Map.of("principalType", "service"), "response_filter", "items[].name")).body();
        assertThat(roles.path("result")).isNotEmpty();
        assertThat(sandbox.requests().all()).allSatisfy(s -> {
            assertThat(s.server()).isEqualTo("global");
            assertThat(s.header("X-Partner-ID")).isEqualTo(sandbox.world().partnerId());
            assertThat(s.header("X-Tenant-ID")).isNull();
        });
    }

    @Test
    void billingUsageKeyPagesToMaxRecords() {
        YearMonth last = YearMonth.from(sandbox.world().anchor().atZone(ZoneOffset.UTC)).minusMonths(2);
        String path = "billing/usage/" + last.getYear() + "/" + last.getMonthValue();
        JsonNode all = ok("sophos_partner_get", Map.of("path", path, "follow_pages", true, "max_records", 100000)).body();
        int total = all.path("count").asInt();
        assertThat(total).isGreaterThanOrEqualTo(12);
        assertThat(all.path("items").findValuesAsText("accountId"))
                .containsAll(sandbox.world().tenants().stream().map(SandboxTenant::id).toList());
        sandbox.requests().clear();

        JsonNode some = ok("sophos_partner_get", Map.of("path", path, "follow_pages", true, "max_records", total - 1))
                .body();

        assertThat(some.path("count").asInt()).isEqualTo(total - 1);
        assertThat(some.path("truncated").asBoolean()).isTrue();
        assertThat(sandbox.requests().all()).allSatisfy(s -> assertThat(s.query("page")).isNull());

        YearMonth future = last.plusMonths(6);
        Api.Response none = api.tool("sophos_partner_get",
                Map.of("path", "billing/usage/" + future.getYear() + "/" + future.getMonthValue()));
        assertThat(none.status()).isEqualTo(404);
    }

    @Test
    void licensingIsReadFromTheGlobalHostWithTheTenantHeader() {
        SandboxTenant t = tenant(2);
        JsonNode r = ok("sophos_licensing_get", Map.of("tenant_id", t.id(), "path", "licenses")).body();
        assertThat(r.at("/tenant/id").asText()).isEqualTo(t.id());
        assertThat(r.path("licenses")).isNotEmpty();
        assertThat(sandbox.requests().all()).singleElement().satisfies(s -> {
            assertThat(s.server()).isEqualTo("global");
            assertThat(s.path()).isEqualTo("/licenses/v1/licenses");
            assertThat(s.header("X-Tenant-ID")).isEqualTo(t.id());
            assertThat(s.header("X-Partner-ID")).isNull();
        });
    }

    @Test
    void auditEventsPageByNumberWithinTheWindow() {
        SandboxTenant t = tenant(6);
        String from = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode r = ok("sophos_audit_get", Map.of("tenant_id", t.id(), "path", "events", "follow_pages", true,
                "max_records", 250, "query_params", Map.of("from", from))).body();
        assertThat(r.path("count").asInt()).isPositive();
        assertThat(r.path("items").findValuesAsText("createdAt")).allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(from));
        assertThat(sandbox.requests().all()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.path()).isEqualTo("/audit/v1/events");
            assertThat(s.server()).isEqualTo(t.dataRegion());
            assertThat(s.query("from")).isEqualTo(from);
        });
        String tooOld = Instant.now().minus(120, ChronoUnit.DAYS).toString();
        assertThat(api.tool("sophos_audit_get", Map.of("tenant_id", t.id(), "path", "events",
                "query_params", Map.of("from", tooOld))).status()).isEqualTo(400);
    }

    @Test
    void theOrganizationToolRefusesAPartnerCredentialAndSendsNothing() {
        Api.Response r = api.tool("sophos_organization_get", Map.of("path", "tenants"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("requiredCredential").asText()).isEqualTo("organization");
        assertThat(r.body().path("detail").asText()).contains("needs a organization credential", "partner credential");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void aTenantModuleToolNeedsATenantIdWithAPartnerCredential() {
        Api.Response r = api.tool("sophos_endpoint_get", Map.of("path", "endpoints"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("tenant_id");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void aBadFilterIs400NamingTheExpressionWithTheParsersMessage() {
        Api.Response r = api.tool("sophos_endpoint_get", Map.of("tenant_id", tenant(0).id(), "path", "endpoints",
                "response_filter", "items[?health.overall=='bad'"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo("response_filter");
        assertThat(r.body().path("expression").asText()).isEqualTo("items[?health.overall=='bad'");
        assertThat(r.body().path("parserMessage").asText()).isNotBlank();
        assertThat(r.body().path("detail").asText()).contains("items[?health.overall=='bad'");
        assertThat(sandbox.requests().all()).isEmpty();
    }

    @Test
    void theCatalogueListsTheSevenModuleTools() {
        JsonNode tools = api.get("/api/tools").body().path("tools");
        assertThat(tools.findValuesAsText("name")).contains("sophos_endpoint_get", "sophos_common_get",
                "sophos_cases_get", "sophos_partner_get", "sophos_organization_get", "sophos_licensing_get",
                "sophos_audit_get");
    }
}
