package io.centralbridge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;

class PagingTest extends PartnerAppTest {

    private SandboxTenant bigDirectoryTenant() {
        return sandbox.world().tenants().stream()
                .filter(t -> sandbox.world().users(t.id()).size() >= 250).findFirst().orElseThrow();
    }

    private SandboxTenant tenantWithEndpointsOver(int n) {
        return sandbox.world().tenants().stream()
                .filter(t -> sandbox.world().endpoints(t.id()).size() > n).findFirst().orElseThrow();
    }

    @Test
    void pageBasedUsersArePagedAtTheCapOf100UntilTheLastPage() {
        SandboxTenant t = bigDirectoryTenant();
        int total = sandbox.world().users(t.id()).size();

        Api.Response r = api.tool("list_users", "{\"tenant_id\":\"" + t.id() + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("count").asInt()).isEqualTo(total);
        assertThat(ids(r.body().path("items"))).hasSize(total);
        List<RecordedRequest> pages = sandbox.requests().matching("GET", "/common/v1/directory/users");
        assertThat(pages).hasSize((total + 99) / 100);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i).query("page")).isEqualTo(String.valueOf(i + 1));
            assertThat(pages.get(i).query("pageSize")).isEqualTo("100");
        }
        assertThat(pages.get(0).query("pageTotal")).isEqualTo("true");
    }

    @Test
    void pageBasedPagingStopsAtMaxRecordsWithAConstantPageSize() {
        SandboxTenant t = bigDirectoryTenant();

        Api.Response r = api.tool("list_users", "{\"tenant_id\":\"" + t.id() + "\",\"max_records\":130}");

        assertThat(r.body().path("count").asInt()).isEqualTo(130);
        assertThat(r.body().path("truncated").asBoolean()).isTrue();
        List<RecordedRequest> pages = sandbox.requests().matching("GET", "/common/v1/directory/users");
        assertThat(pages).extracting(p -> p.query("pageSize")).containsOnly("100");
        assertThat(pages).hasSize(2);
    }

    @Test
    void keyBasedEndpointsFollowNextKeyAndReadEveryEndpointOnce() {
        // the test context caps endpoint pages at 100 (sophos.upstream.page-caps.endpoints)
        SandboxTenant t = tenantWithEndpointsOver(250);
        int total = sandbox.world().endpoints(t.id()).size();

        Api.Response r = api.tool("list_endpoints", "{\"tenant_id\":\"" + t.id() + "\"}");

        assertThat(r.body().path("total").asInt()).isEqualTo(total);
        Set<String> seen = new HashSet<>();
        for (String g : List.of("computers", "servers", "securityVms")) {
            seen.addAll(ids(r.body().path(g).path("items")));
        }
        assertThat(seen).hasSize(total);
        List<RecordedRequest> pages = sandbox.requests().matching("GET", "/endpoint/v1/endpoints");
        assertThat(pages).hasSize((total + 99) / 100);
        assertThat(pages.get(0).query("pageFromKey")).isNull();
        assertThat(pages.subList(1, pages.size())).allSatisfy(p -> assertThat(p.query("pageFromKey")).isNotBlank());
        assertThat(pages).allSatisfy(p -> assertThat(Integer.parseInt(p.query("pageSize"))).isLessThanOrEqualTo(100));
    }

    @Test
    void keyBasedAlertsNeverAskAboveTheCapAndShrinkTheLastPageToMaxRecords() {
        SandboxTenant t = sandbox.world().tenants().stream()
                .filter(x -> sandbox.world().alerts(x.id()).size() > 300).findFirst().orElseThrow();

        Api.Response r = api.tool("list_alerts", "{\"tenant_id\":\"" + t.id() + "\",\"max_records\":250}");

        assertThat(r.body().path("count").asInt()).isEqualTo(250);
        assertThat(r.body().path("truncated").asBoolean()).isTrue();
        List<RecordedRequest> pages = sandbox.requests().matching("GET", "/common/v1/alerts");
        assertThat(pages).extracting(p -> p.query("pageSize")).containsExactly("100", "100", "50");
    }

    @org.springframework.beans.factory.annotation.Autowired
    SophosClient client;

    @Test
    void siemCursorPagingFollowsNextCursorAtTheLimitCapAndReadsEveryRecordOnce() {
        // 1,200 events and 300 alerts per tenant over the last 12 hours
        sandbox.siem().volume(12 * 5 * 300, java.time.Duration.ofHours(12));
        long from = java.time.Instant.now().minus(java.time.Duration.ofHours(23)).getEpochSecond();
        Set<String> read = new HashSet<>();
        int records = 0;
        for (var tenant : directory.all()) {
            for (String stream : List.of("events", "alerts")) {
                PageResult r = client.pages(SophosRequest.get("/siem/v1/" + stream, Scope.tenant(tenant))
                        .query("from_date", from).paged(Paging.CURSOR, "siem"), Integer.MAX_VALUE);
                assertThat(r.more()).isFalse();
                assertThat(r.nextCursor()).isNotBlank();
                records += r.items().size();
                read.addAll(ids(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(r.items())));
            }
        }
        assertThat(records).isEqualTo(read.size());
        assertThat(read).isEqualTo(sandbox.siem().ids());
        List<RecordedRequest> events = sandbox.requests().matching("GET", "/siem/v1/events");
        assertThat(events).allSatisfy(q -> assertThat(Integer.parseInt(q.query("limit"))).isLessThanOrEqualTo(1000));
        // per tenant: a first page by from_date, then the cursor of the page before
        assertThat(events).filteredOn(q -> q.query("cursor") == null).hasSize(12);
        assertThat(events).filteredOn(q -> q.query("cursor") != null).hasSizeGreaterThanOrEqualTo(12);
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
