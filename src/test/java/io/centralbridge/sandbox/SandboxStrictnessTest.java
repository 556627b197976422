package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static io.centralbridge.sandbox.CredentialKind.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The refusals that make the sandbox stricter than Sophos, and the random fault knobs. */
class SandboxStrictnessTest {
    static Sandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().tenantCount(4).endpoints(40, 80).alertDays(30).noRateLimit().build());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        sandbox.close();
    }

    @AfterEach
    void resetFaults() {
        sandbox.faults().reset();
    }

    @Test
    void aKeyFromAnotherListingOrSortIsRefused() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        String endpointKey = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints?pageSize=1").json().at("/pages/nextKey").asText();
        String descKey = client.tenantGet(TENANT, t, "/common/v1/alerts?pageSize=1").json().at("/pages/nextKey").asText();

        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?pageFromKey=" + endpointKey).status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?sort=raisedAt:asc&pageFromKey=" + descKey).status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/endpoint/v1/endpoints?pageFromKey=%25%25%25").status()).isEqualTo(400);
        JsonNode second = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints?pageSize=1&pageFromKey=" + endpointKey).json();
        assertThat(second.at("/pages/fromKey").asText()).isEqualTo(endpointKey);
        assertThat(second.at("/items/0/id").asText()).isEqualTo(sandbox.world().endpoints(t.id()).get(1).get("id").asText());
    }

    @Test
    void unknownRepeatedOrEmptyParametersAreRefused() {
        SandboxTenant t = sandbox.world().tenants().get(0);

        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?limit=10").status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?pageSize=10&pageSize=20").status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?groupKey=").status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?pageTotal=yes").status()).isEqualTo(400);
        assertThat(client.tenantGet(TENANT, t, "/common/v1/alerts?from=yesterday").json().get("message").asText())
                .contains("'from'");
        assertThat(client.get(client.token(PARTNER), sandbox.globalUrl(), "/whoami/v1?x=1").status()).isEqualTo(400);
    }

    @Test
    void searchNeedsAJsonBody() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        String token = client.token(TENANT);

        assertThat(client.post(token, t.apiHost(), "/common/v1/alerts/search", "", "X-Tenant-ID", t.id()).status()).isEqualTo(400);
        assertThat(client.post(token, t.apiHost(), "/common/v1/alerts/search", "{\"colour\":[\"red\"]}", "X-Tenant-ID", t.id())
                .status()).isEqualTo(400);
        assertThat(client.post(token, t.apiHost(), "/common/v1/alerts/search", "{}", "X-Tenant-ID", t.id(),
                "Content-Type", "text/plain").status()).isIn(400, 415);
        assertThat(client.post(token, t.apiHost(), "/common/v1/alerts/search", "{}", "X-Tenant-ID", t.id()).status()).isEqualTo(200);
    }

    @Test
    void fieldsSelectAPartialResponse() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        JsonNode e = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints?pageSize=1&fields=id,health.overall").json().at("/items/0");
        JsonNode tenant = client.get(client.token(PARTNER), sandbox.globalUrl(), "/partner/v1/tenants/" + t.id() + "?fields=id,apiHost",
                "X-Partner-ID", sandbox.world().partnerId()).json();

        assertThat(e.fieldNames()).toIterable().containsExactly("id", "health");
        assertThat(e.get("health").fieldNames()).toIterable().containsExactly("overall");
        assertThat(tenant.fieldNames()).toIterable().containsExactly("id", "apiHost");
    }

    @Test
    void randomFaultsAnswer429And5xxWithTheGatewayBody() {
        SandboxTenant t = sandbox.world().tenants().get(0);
        client.token(TENANT);
        sandbox.faults().rate429(1.0, 3);
        SandboxClient.Response limited = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints");
        sandbox.faults().reset().rate5xx(1.0);
        SandboxClient.Response failed = client.tenantGet(TENANT, t, "/endpoint/v1/endpoints");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("3");
        assertThat(failed.status()).isIn(500, 502, 503);
        assertThat(failed.json().has("correlationId")).isTrue();
    }

    @Test
    void identityFaultsKeepTheIdentityErrorShape() {
        sandbox.faults().failNext("POST", "/api/v2/oauth2/token", 1, 503, 2);
        SandboxCredential c = sandbox.credential(PARTNER);

        SandboxClient.Response r = client.tokenRequest("application/x-www-form-urlencoded",
                SandboxClient.form(c.clientId(), c.clientSecret()));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(r.json().has("errorCode")).isTrue();
        assertThat(r.json().has("trackingId")).isTrue();
    }

    @Test
    void theOrganizationCredentialCannotCallPartnerApisAndTheTenantCannotList() {
        String pid = sandbox.world().partnerId();
        SandboxClient.Response tenantOnOrg = client.get(client.token(TENANT), sandbox.globalUrl(),
                "/organization/v1/tenants", "X-Organization-ID", sandbox.world().organizationId());
        SandboxClient.Response tenantHeaderOnPartner = client.get(client.token(PARTNER), sandbox.globalUrl(),
                "/partner/v1/tenants", "X-Partner-ID", pid, "X-Tenant-ID", sandbox.world().tenants().get(0).id());

        assertThat(tenantOnOrg.status()).isEqualTo(403);
        assertThat(tenantHeaderOnPartner.status()).isEqualTo(400);
    }
}
