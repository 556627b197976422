package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.centralbridge.sandbox.CredentialKind.ORGANIZATION;
import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static io.centralbridge.sandbox.CredentialKind.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Identity, whoami, tenants and host/header routing, against the real sockets of one sandbox. */
class SandboxTest {
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

    @Test
    void issuesABearerTokenForFormEncodedClientCredentials() {
        SandboxCredential c = sandbox.credential(PARTNER);
        int before = sandbox.tokensIssued();

        SandboxClient.Response r = client.tokenRequest("application/x-www-form-urlencoded",
                SandboxClient.form(c.clientId(), c.clientSecret()));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(r.json().get("refresh_token").asText()).isNotBlank();
        assertThat(r.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(r.json().get("expires_in").asInt()).isEqualTo(3600);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("success");
        assertThat(r.json().get("message").asText()).isEqualTo("OK");
        assertThat(r.json().get("trackingId").asText()).hasSize(36);
        assertThat(sandbox.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void refusesATokenRequestThatIsNotFormEncoded() {
        SandboxCredential c = sandbox.credential(PARTNER);
        String json = "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + c.clientId()
                + "\",\"client_secret\":\"" + c.clientSecret() + "\",\"scope\":\"token\"}";

        SandboxClient.Response r = client.tokenRequest("application/json", json);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("oauth.invalid_request");
        assertThat(r.json().has("trackingId")).isTrue();
    }

    @Test
    void refusesAMissingScopeAndAWrongGrant() {
        SandboxCredential c = sandbox.credential(TENANT);
        String noScope = "grant_type=client_credentials&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret();
        String refresh = SandboxClient.form(c.clientId(), c.clientSecret()).replace("client_credentials", "refresh_token");

        assertThat(client.tokenRequest("application/x-www-form-urlencoded", noScope).status()).isEqualTo(400);
        assertThat(client.tokenRequest("application/x-www-form-urlencoded", refresh).json().get("errorCode").asText())
                .isEqualTo("oauth.invalid_request");
    }

    @Test
    void answersABadSecretWith401InTheIdentityShape() {
        SandboxClient.Response r = client.tokenRequest("application/x-www-form-urlencoded",
                SandboxClient.form(sandbox.credential(PARTNER).clientId(), "wrong"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("errorCode").asText()).isEqualTo("oauth.invalid_client_secret");
        assertThat(r.json().get("message").asText()).isEqualTo("Unauthorized");
        assertThat(r.json().get("trackingId").asText()).hasSize(36);
        assertThat(r.json().has("error")).isFalse();
    }

    @Test
    void whoamiTellsEachKindWhoItIsAndOnlyTenantsTheirRegion() {
        JsonNode partner = client.get(client.token(PARTNER), sandbox.globalUrl(), "/whoami/v1").json();
        JsonNode org = client.get(client.token(ORGANIZATION), sandbox.globalUrl(), "/whoami/v1").json();
        JsonNode tenant = client.get(client.token(TENANT), sandbox.globalUrl(), "/whoami/v1").json();
        SandboxTenant t0 = sandbox.world().tenants().get(0);

        assertThat(partner.get("idType").asText()).isEqualTo("partner");
        assertThat(partner.get("id").asText()).isEqualTo(sandbox.world().partnerId());
        assertThat(partner.at("/apiHosts/global").asText()).isEqualTo(sandbox.globalUrl());
        assertThat(partner.at("/apiHosts").has("dataRegion")).isFalse();
        assertThat(org.get("idType").asText()).isEqualTo("organization");
        assertThat(org.get("id").asText()).isEqualTo(sandbox.world().organizationId());
        assertThat(org.at("/apiHosts").has("dataRegion")).isFalse();
        assertThat(tenant.get("idType").asText()).isEqualTo("tenant");
        assertThat(tenant.get("id").asText()).isEqualTo(t0.id());
        assertThat(tenant.at("/apiHosts/dataRegion").asText()).isEqualTo(sandbox.regionUrl(t0.dataRegion()));
    }

    @Test
    void apiCallsNeedAValidBearerToken() {
        SandboxClient.Response none = client.get(null, sandbox.globalUrl(), "/whoami/v1");
        SandboxClient.Response bogus = client.get("not-a-token", sandbox.globalUrl(), "/whoami/v1");

        assertThat(none.status()).isEqualTo(401);
        assertThat(bogus.status()).isEqualTo(401);
        assertThat(none.json().fieldNames()).toIterable()
                .contains("error", "message", "correlationId", "requestId", "createdAt");
        assertThat(none.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void whoamiTakesNoIdHeader() {
        SandboxClient.Response r = client.get(client.token(TENANT), sandbox.globalUrl(), "/whoami/v1",
                "X-Tenant-ID", sandbox.world().tenants().get(0).id());

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void partnerTenantsArePagedByNumberAndNeedTheMatchingPartnerHeader() {
        String token = client.token(PARTNER);
        String pid = sandbox.world().partnerId();
        Set<String> ids = new HashSet<>();
        JsonNode first = client.get(token, sandbox.globalUrl(), "/partner/v1/tenants?pageSize=5&pageTotal=true",
                "X-Partner-ID", pid).json();
        for (int page = 1; page <= first.at("/pages/total").asInt(); page++) {
            JsonNode body = client.get(token, sandbox.globalUrl(), "/partner/v1/tenants?pageSize=5&page=" + page,
                    "X-Partner-ID", pid).json();
            assertThat(body.at("/pages/current").asInt()).isEqualTo(page);
            assertThat(body.at("/pages").has("total")).isFalse();
            body.get("items").forEach(t -> ids.add(t.get("id").asText()));
        }
        SandboxClient.Response past = client.get(token, sandbox.globalUrl(), "/partner/v1/tenants?pageSize=5&page=9",
                "X-Partner-ID", pid);

        assertThat(first.at("/pages/total").asInt()).isEqualTo(3);
        assertThat(first.at("/pages/items").asInt()).isEqualTo(12);
        assertThat(first.at("/pages/maxSize").asInt()).isEqualTo(100);
        assertThat(ids).hasSize(12);
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().get("items")).isEmpty();
        JsonNode t = first.get("items").get(0);
        assertThat(t.fieldNames()).toIterable().contains("id", "name", "showAs", "dataGeography", "dataRegion",
                "billingType", "partner", "apiHost", "status");
        assertThat(t.get("apiHost").asText()).isEqualTo(sandbox.regionUrl(t.get("dataRegion").asText()));
    }

    @Test
    void partnerTenantsRefuseAWrongHeaderAWrongKindAndAnOversizedPage() {
        String pid = sandbox.world().partnerId();
        String url = sandbox.globalUrl();

        assertThat(client.get(client.token(PARTNER), url, "/partner/v1/tenants").status()).isEqualTo(401);
        assertThat(client.get(client.token(PARTNER), url, "/partner/v1/tenants", "X-Partner-ID",
                sandbox.world().organizationId()).status()).isEqualTo(401);
        assertThat(client.get(client.token(ORGANIZATION), url, "/partner/v1/tenants", "X-Partner-ID", pid).status())
                .isEqualTo(403);
        assertThat(client.get(client.token(PARTNER), url, "/partner/v1/tenants?pageSize=101", "X-Partner-ID", pid)
                .status()).isEqualTo(400);
    }

    @Test
    void theOrganizationSeesOnlyItsTenantsAcrossAllRegions() {
        String oid = sandbox.world().organizationId();
        JsonNode body = client.get(client.token(ORGANIZATION), sandbox.globalUrl(),
                "/organization/v1/tenants?pageSize=100", "X-Organization-ID", oid).json();
        List<String> regions = new ArrayList<>();
        body.get("items").forEach(t -> regions.add(t.get("dataRegion").asText()));
        SandboxTenant notOwned = sandbox.world().tenants().stream().filter(t -> t.organizationId() == null)
                .findFirst().orElseThrow();

        assertThat(body.get("items").size()).isEqualTo(sandbox.world().organizationTenants().size()).isGreaterThanOrEqualTo(4);
        assertThat(body.get("items")).allSatisfy(t -> assertThat(t.at("/organization/id").asText()).isEqualTo(oid));
        assertThat(regions).contains("eu01", "us01", "ca01");
        assertThat(client.get(client.token(ORGANIZATION), sandbox.globalUrl(), "/organization/v1/tenants/"
                + notOwned.id(), "X-Organization-ID", oid).status()).isEqualTo(404);
    }

    @Test
    void tenantApisLiveOnlyOnTheTenantsOwnRegion() {
        SandboxTenant eu = sandbox.world().tenantsIn("eu01").get(0);
        String token = client.token(PARTNER);

        SandboxClient.Response home = client.get(token, sandbox.regionUrl("eu01"), "/endpoint/v1/endpoints", "X-Tenant-ID", eu.id());
        SandboxClient.Response away = client.get(token, sandbox.regionUrl("us01"), "/endpoint/v1/endpoints", "X-Tenant-ID", eu.id());
        SandboxClient.Response global = client.get(token, sandbox.globalUrl(), "/endpoint/v1/endpoints", "X-Tenant-ID", eu.id());
        SandboxClient.Response partnerOnRegion = client.get(token, sandbox.regionUrl("eu01"), "/partner/v1/tenants",
                "X-Partner-ID", sandbox.world().partnerId());

        assertThat(home.status()).isEqualTo(200);
        assertThat(away.status()).isEqualTo(401);
        assertThat(global.status()).isEqualTo(404);
        assertThat(partnerOnRegion.status()).isEqualTo(404);
        assertThat(sandbox.requests().matching("GET", "/endpoint/v1/endpoints"))
                .anySatisfy(r -> assertThat(r.server()).isEqualTo("us01"));
    }

    @Test
    void tenantApisCheckTheTenantHeaderAgainstTheCredential() {
        SandboxTenant t0 = sandbox.world().tenants().get(0);
        SandboxTenant other = sandbox.world().tenantsIn(t0.dataRegion()).get(1);
        SandboxTenant notOrgs = sandbox.world().tenants().stream().filter(t -> t.organizationId() == null).findFirst().orElseThrow();
        String url = t0.apiHost();

        assertThat(client.get(client.token(TENANT), url, "/endpoint/v1/endpoints").status()).isEqualTo(401);
        assertThat(client.get(client.token(TENANT), url, "/endpoint/v1/endpoints", "X-Tenant-ID", t0.id()).status()).isEqualTo(200);
        assertThat(client.get(client.token(TENANT), url, "/endpoint/v1/endpoints", "X-Tenant-ID", other.id()).status()).isEqualTo(401);
        assertThat(client.get(client.token(ORGANIZATION), notOrgs.apiHost(), "/endpoint/v1/endpoints",
                "X-Tenant-ID", notOrgs.id()).status()).isEqualTo(401);
        assertThat(client.get(client.token(PARTNER), url, "/endpoint/v1/endpoints", "X-Tenant-ID", t0.id(),
                "X-Partner-ID", sandbox.world().partnerId()).status()).isEqualTo(400);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        SandboxTenant t0 = sandbox.world().tenants().get(0);

        assertThat(client.get(client.token(PARTNER), sandbox.globalUrl(), "/nothing/here").status()).isEqualTo(404);
        SandboxClient.Response wrongMethod = client.post(client.token(PARTNER), sandbox.globalUrl(), "/whoami/v1", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
        SandboxClient.Response missing = client.tenantGet(PARTNER, t0, "/endpoint/v1/endpoints/no-such-id");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Can't find endpoint");
    }

    @Test
    void everyRequestIsRecordedWithItsHeadersAndStatus() {
        SandboxTenant t0 = sandbox.world().tenants().get(0);
        client.tenantGet(TENANT, t0, "/common/v1/alerts?pageSize=3&severity=high");

        RecordedRequest last = sandbox.requests().matching("GET", "/common/v1/alerts").get(
                sandbox.requests().matching("GET", "/common/v1/alerts").size() - 1);
        assertThat(last.server()).isEqualTo(t0.dataRegion());
        assertThat(last.header("X-TENANT-ID")).isEqualTo(t0.id());
        assertThat(last.header("authorization")).startsWith("Bearer ");
        assertThat(last.query("pageSize")).isEqualTo("3");
        assertThat(last.status()).isEqualTo(200);
    }
}
