package io.centralbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's SIEM API: limits, from_date, cursor paging over every record once, new records later. */
class SandboxSiemTest {

    private static final Sandbox SANDBOX = Sandbox.start(SandboxConfig.builder().seed(5).tenantCount(2).noRateLimit().build());
    private static final SandboxClient CLIENT = new SandboxClient(SANDBOX);

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private SandboxClient.Response get(String pathAndQuery) {
        return CLIENT.tenantGet(CredentialKind.PARTNER, SANDBOX.world().tenants().get(0), pathAndQuery);
    }

    @Test
    void limitAboveOneThousandAndFromDateOutsideTwentyFourHoursAreRefused() {
        assertThat(get("/siem/v1/events?limit=1001").status()).isEqualTo(400);
        long old = Instant.now().minus(Duration.ofHours(25)).getEpochSecond();
        assertThat(get("/siem/v1/alerts?from_date=" + old).status()).isEqualTo(400);
        assertThat(get("/siem/v1/alerts?from_date=yesterday").status()).isEqualTo(400);
        assertThat(get("/siem/v1/alerts?cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
        SandboxClient.Response ok = get("/siem/v1/events");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("items").size()).isEqualTo(200);
        JsonNode e = ok.json().path("items").get(0);
        assertThat(e.path("severity").asText()).isIn("low", "medium", "high");
        assertThat(e.path("customer_id").asText()).isEqualTo(SANDBOX.world().tenants().get(0).id());
        assertThat(e.has("created_at") && e.has("when") && e.has("type") && e.has("endpoint_id")).isTrue();
    }

    @Test
    void theCursorWalksEveryRecordOnceAndLaterSeesNewOnes() {
        SANDBOX.siem().volume(3_000, Duration.ofHours(6));
        String tenant = SANDBOX.world().tenants().get(0).id();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            SandboxClient.Response r = get("/siem/v1/events?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).isEqualTo(200);
            r.json().path("items").forEach(i -> assertThat(seen.add(i.path("id").asText())).isTrue());
            more = r.json().path("has_more").asBoolean();
            cursor = r.json().path("next_cursor").asText();
        }
        // 3,000 over 2 tenants, four events to one alert: 1,200 events each
        assertThat(seen).hasSize(1_200).allMatch(id -> SANDBOX.siem().ids().contains(id));
        SANDBOX.siem().append(7);
        SandboxClient.Response later = get("/siem/v1/events?cursor=" + cursor);
        assertThat(later.json().path("items").size()).isEqualTo(7);
        assertThat(later.json().path("items").get(0).path("customer_id").asText()).isEqualTo(tenant);
    }
}
