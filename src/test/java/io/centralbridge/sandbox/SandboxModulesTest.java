package io.centralbridge.sandbox;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static io.centralbridge.sandbox.CredentialKind.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;

/** The module coverage of the sandbox agrees with itself and is as strict as the rest of it. */
class SandboxModulesTest {
    private final Sandbox sandbox = TestSandboxes.of(PARTNER);
    private final SandboxClient client = new SandboxClient(sandbox);

    private SandboxTenant tenant(int i) {
        return sandbox.world().tenants().get(i);
    }

    @Test
    void threatProtectionPoliciesAndGlobalExclusionsAreTheHealthChecksOwn() {
        SandboxTenant t = tenant(2);
        TenantPosture posture = sandbox.world().data(t.id()).posture();

        JsonNode policies = client.tenantGet(PARTNER, t, "/endpoint/v1/policies?policyType=threat-protection").json();
        JsonNode exclusions = client.tenantGet(PARTNER, t, "/endpoint/v1/settings/exclusions/scanning?pageSize=100").json();

        assertThat(ids(policies.path("items")))
                .containsExactlyElementsOf(posture.computerPolicies().stream().map(TenantPosture.Policy::id).toList());
        assertThat(ids(exclusions.path("items")))
                .containsAll(posture.globalExclusions().stream().map(TenantPosture.Exclusion::id).toList());
    }

    @Test
    void groupMembersWalkByKeyToExactlyTheEndpointsOfTheGroup() {
        SandboxTenant t = tenant(0);
        JsonNode group = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoint-groups").json().path("items").get(0);
        String id = group.path("id").asText();
        List<String> walked = new ArrayList<>();
        String key = null;
        do {
            JsonNode page = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoint-groups/" + id + "/endpoints?pageSize=3"
                    + (key == null ? "" : "&pageFromKey=" + key)).json();
            walked.addAll(ids(page.path("items")));
            key = page.at("/pages/nextKey").isMissingNode() ? null : page.at("/pages/nextKey").asText();
        } while (key != null);

        List<String> expected = sandbox.world().endpoints(t.id()).stream()
                .filter(e -> id.equals(e.at("/group/id").asText())).map(e -> e.get("id").asText()).toList();
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(group.at("/endpoints/total").asInt()).isEqualTo(expected.size());
    }

    @Test
    void billingUsageIsPartnerOnlyAndA404ForAMonthWithoutData() {
        YearMonth last = YearMonth.from(sandbox.world().anchor().atZone(ZoneOffset.UTC)).minusMonths(1);
        String token = client.token(PARTNER);
        String partner = sandbox.world().partnerId();

        assertThat(client.get(token, sandbox.globalUrl(), "/partner/v1/billing/usage/" + last.getYear() + "/"
                + last.getMonthValue(), "X-Partner-ID", partner).status()).isEqualTo(200);
        assertThat(client.get(token, sandbox.globalUrl(), "/partner/v1/billing/usage/" + last.plusMonths(3).getYear()
                + "/" + last.plusMonths(3).getMonthValue(), "X-Partner-ID", partner).status()).isEqualTo(404);
        assertThat(client.get(token, sandbox.globalUrl(), "/partner/v1/billing/usage/" + last.getYear() + "/"
                + last.getMonthValue(), "X-Tenant-ID", tenant(0).id()).status()).isEqualTo(400);
    }

    @Test
    void licencesLiveOnTheGlobalHostOnly() {
        SandboxTenant t = tenant(1);
        String token = client.token(PARTNER);
        assertThat(client.get(token, sandbox.globalUrl(), "/licenses/v1/licenses", "X-Tenant-ID", t.id()).status())
                .isEqualTo(200);
        assertThat(client.tenantGet(PARTNER, t, "/licenses/v1/licenses").status()).isEqualTo(404);
    }

    @Test
    void auditEventsKeepNinetyDaysAndRefuseUnknownParameters() {
        SandboxTenant t = tenant(3);
        String recent = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode page = client.tenantGet(PARTNER, t, "/audit/v1/events?pageSize=5&pageTotal=true&from=" + recent).json();
        assertThat(page.path("items")).hasSize(5);
        assertThat(page.path("items").findValuesAsText("createdAt")).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String old = Instant.now().minus(91, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(client.tenantGet(PARTNER, t, "/audit/v1/events?from=" + old).status()).isEqualTo(400);
        assertThat(client.tenantGet(PARTNER, t, "/audit/v1/events?_method=DELETE").status()).isEqualTo(400);
    }

    @Test
    void casesHangTogether() {
        SandboxTenant t = tenant(4);
        JsonNode c = client.tenantGet(PARTNER, t, "/cases/v1/cases?status=resolved,investigating,new,inProgress,actionRequired")
                .json().path("items").get(0);
        String id = c.path("id").asText();
        JsonNode detections = client.tenantGet(PARTNER, t, "/cases/v1/cases/" + id + "/detections").json();
        assertThat(detections.path("items")).hasSize(c.path("detectionCount").asInt());
        assertThat(detections.path("items").get(0).path("id").asText()).isEqualTo(c.at("/initialDetection/id").asText());
        assertThat(client.tenantGet(PARTNER, t, "/cases/v1/cases/00000000-0000-0000-0000-000000000000/detections").status())
                .isEqualTo(404);
    }

    @Test
    void aTenantCredentialReadsItsOwnAdminsButNotThePartners() {
        Sandbox own = TestSandboxes.of(TENANT);
        SandboxClient c = new SandboxClient(own);
        SandboxTenant self = own.world().tenant(own.credential(TENANT).principalId());
        assertThat(c.tenantGet(TENANT, self, "/common/v1/admins").status()).isEqualTo(200);
        assertThat(c.get(c.token(TENANT), own.globalUrl(), "/partner/v1/admins", "X-Partner-ID",
                own.world().partnerId()).status()).isEqualTo(403);
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
