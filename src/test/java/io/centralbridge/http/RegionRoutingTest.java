package io.centralbridge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.session.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.Test;

class RegionRoutingTest extends PartnerAppTest {

    @Test
    void eachTenantIsReadFromItsOwnRegionWithItsOwnTenantHeaderAndNoPartnerHeader() {
        for (String region : List.of("eu01", "us01", "ca01")) {
            SandboxTenant t = sandbox.world().tenantsIn(region).get(0);
            sandbox.requests().clear();

            Api.Response r = api.tool("list_endpoints", "{\"tenant_id\":\"" + t.id() + "\"}");

            assertThat(r.status()).as(region).isEqualTo(200);
            assertThat(r.body().path("total").asInt()).isEqualTo(sandbox.world().endpoints(t.id()).size());
            List<RecordedRequest> calls = sandbox.requests().matching("GET", "/endpoint/v1/endpoints");
            assertThat(calls).isNotEmpty().allSatisfy(c -> {
                assertThat(c.server()).isEqualTo(region);
                assertThat(c.header("X-Tenant-ID")).isEqualTo(t.id());
                assertThat(c.header("X-Partner-ID")).isNull();
                assertThat(c.header("X-Organization-ID")).isNull();
                assertThat(c.header("Authorization")).startsWith("Bearer ");
            });
        }
    }


    @Test
    void partnerCallsGoToTheGlobalHostWithThePartnerHeaderOnly() {
        directory.invalidate();
        var r = api.tool("list_tenants", "{}");
        List<RecordedRequest> reads = sandbox.requests().matching("GET", "/partner/v1/tenants");
        assertThat(reads).isNotEmpty().allSatisfy(c -> {
            assertThat(c.server()).isEqualTo("global");
            assertThat(c.header("X-Partner-ID")).isEqualTo(sandbox.world().partnerId());
            assertThat(c.header("X-Tenant-ID")).isNull();
        });
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("mode").asText()).isEqualTo("partner");
        assertThat(r.body().path("tenants")).hasSize(sandbox.world().tenants().size());
        r.body().path("tenants").forEach(t ->
                assertThat(t.path("apiHost").asText()).isEqualTo(sandbox.world().tenant(t.path("id").asText()).apiHost()));
    }

    @Test
    void inboundHeadersNeverTravelUpstream() {
        SandboxTenant t = sandbox.world().tenantsIn("us01").get(0);
        // the REST caller's own Authorization (our API key) must not reach Sophos
        api.tool("get_account_health_check", "{\"tenant_id\":\"" + t.id() + "\"}");
        assertThat(sandbox.requests().all()).allSatisfy(c ->
                assertThat(c.header("Authorization")).doesNotContain(io.centralbridge.support.TestSandboxes.API_KEY));
    }
}
