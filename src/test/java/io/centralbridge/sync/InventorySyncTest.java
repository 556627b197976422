package io.centralbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.support.TestSandboxes;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.quartz.QuartzEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inventory sync flow (routes/inventory-sync.camel.yaml) run directly, against a sandbox tenant that changes. */
class InventorySyncTest extends PartnerAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    CamelContext camel;

    private JsonNode run(String tenantId) {
        List<?> summaries = producer.requestBody("direct:sync.inventory", tenantId, List.class);
        assertThat(summaries).hasSize(1);
        return JSON.valueToTree(summaries.get(0));
    }

    private static List<JsonNode> changeRecords(JsonNode summary) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(summary.path("changeRecords").asText()))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<JsonNode> of(List<JsonNode> records, String entity, String change) {
        return records.stream().filter(r -> r.path("entity").asText().equals(entity)
                && r.path("change").asText().equals(change)).toList();
    }

    @Test
    void changeRecordsNameTheEndpointsAddedRemovedAndChangedSinceTheLastCommittedRun() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(11);
        List<ObjectNode> before = sandbox.world().endpoints(t.id());
        JsonNode baseline = run(t.id());
        assertThat(baseline.path("endpoints").asInt()).isEqualTo(before.size());
        assertThat(baseline.path("users").asInt()).isEqualTo(sandbox.world().users(t.id()).size());

        ObjectNode added = sandbox.world().addEndpoint(t.id());
        String removed = before.get(3).path("id").asText();
        assertThat(sandbox.world().removeEndpoint(t.id(), removed)).isTrue();
        ObjectNode old = before.get(5);
        String changed = old.path("id").asText();
        String newHealth = "bad".equals(old.at("/health/overall").asText()) ? "good" : "bad";
        sandbox.world().updateEndpoint(t.id(), changed, e -> {
            e.put("hostname", "RENAMED-01");
            e.put("tamperProtectionEnabled", !old.path("tamperProtectionEnabled").asBoolean());
            ((ObjectNode) e.get("health")).put("overall", newHealth);
            e.put("lastSeenAt", "2030-01-01T00:00:00.000Z"); // ignored: it moves on every run
        });

        // A run whose sinks failed (snapshot written, never committed) must not hide these changes from the next.
        producer.requestBody("direct:sync.inventory.snapshot", t.id());

        JsonNode second = run(t.id());
        List<JsonNode> records = changeRecords(second);

        assertThat(second.path("firstRun").asBoolean()).isFalse();
        assertThat(second.path("endpoints").asInt()).isEqualTo(before.size());
        assertThat(records).allSatisfy(r -> {
            assertThat(r.path("type").asText()).isEqualTo("inventory.change");
            assertThat(r.path("runId").asText()).isEqualTo(second.path("runId").asText());
            assertThat(r.at("/tenant/id").asText()).isEqualTo(t.id());
        });
        assertThat(of(records, "endpoint", "added")).singleElement().satisfies(r -> {
            assertThat(r.path("id").asText()).isEqualTo(added.path("id").asText());
            assertThat(r.path("name").asText()).isEqualTo(added.path("hostname").asText());
            assertThat(r.path("current")).isEqualTo(added);
        });
        assertThat(of(records, "endpoint", "removed")).singleElement().satisfies(r -> {
            assertThat(r.path("id").asText()).isEqualTo(removed);
            assertThat(r.path("previous")).isEqualTo(before.get(3));
        });
        assertThat(of(records, "endpoint", "changed")).singleElement().satisfies(r -> {
            assertThat(r.path("id").asText()).isEqualTo(changed);
            assertThat(r.path("name").asText()).isEqualTo("RENAMED-01");
            assertThat(InventoryDiff.fieldNames(r))
                    .containsExactlyInAnyOrder("hostname", "tamperProtectionEnabled", "health.overall");
            JsonNode health = fieldChange(r, "health.overall");
            assertThat(health.path("previous").asText()).isEqualTo(old.at("/health/overall").asText());
            assertThat(health.path("current").asText()).isEqualTo(newHealth);
            assertThat(fieldChange(r, "hostname").path("previous").asText()).isEqualTo(old.path("hostname").asText());
        });
        assertThat(of(records, "healthCheck", "changed")).hasSize(1);
        assertThat(records).noneMatch(r -> r.path("entity").asText().equals("user"));
        assertThat(records).hasSize(4);
        assertThat(second.at("/changes/added").asInt()).isEqualTo(1);
        assertThat(second.at("/changes/removed").asInt()).isEqualTo(1);
        assertThat(second.at("/changes/changed").asInt()).isEqualTo(2);

        Path tenantDir = Path.of(TestSandboxes.INVENTORY_DIR, t.id());
        JsonNode latest = JSON.readTree(tenantDir.resolve("latest.json").toFile());
        assertThat(latest.path("runId").asText()).isEqualTo(second.path("runId").asText());
        JsonNode snapshot = JSON.readTree(Path.of(second.path("snapshot").asText()).toFile());
        assertThat(snapshot.path("endpoints").has(added.path("id").asText())).isTrue();
        assertThat(snapshot.path("endpoints").has(removed)).isFalse();

        JsonNode third = run(t.id());
        assertThat(changeRecords(third)).isEmpty();
        assertThat(third.at("/changes/changed").asInt()).isZero();
    }

    @AfterAll
    static void removeTheSnapshots() throws Exception {
        try (var files = Files.walk(Path.of(TestSandboxes.INVENTORY_DIR))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void theScheduleIsAQuartzCronFromTheSettingsAndStaysOffWhenDisabled() {
        org.apache.camel.Route schedule = camel.getRoute("inventory-sync-schedule");
        assertThat(schedule.getEndpoint()).isInstanceOf(QuartzEndpoint.class);
        assertThat(((QuartzEndpoint) schedule.getEndpoint()).getCron()).isEqualTo("0 0 2 * * ?");
        assertThat(camel.getRouteController().getRouteStatus("inventory-sync-schedule")).isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("inventory-sync")).isEqualTo(ServiceStatus.Started);
    }

    @Test
    void aTenantWithACronOfItsOwnHasItsOwnScheduleAndLeavesTheSharedOne() {
        String own = sandbox.world().tenants().get(10).id();
        org.apache.camel.Route schedule = camel.getRoute("inventory-sync-schedule-" + own);
        assertThat(((QuartzEndpoint) schedule.getEndpoint()).getCron()).isEqualTo("0 15 4 * * ?");
        assertThat(camel.getRouteController().getRouteStatus(schedule.getId())).isEqualTo(ServiceStatus.Stopped);

        @SuppressWarnings("unchecked")
        List<Object> shared = producer.requestBody("direct:sync.inventory.tenants", "", List.class);
        assertThat(shared).hasSize(11).doesNotContain(own);
        assertThat((List<Object>) producer.requestBody("direct:sync.inventory.tenants", own + ", x", List.class))
                .containsExactly(own, "x");
    }

    private static JsonNode fieldChange(JsonNode record, String field) {
        for (JsonNode f : record.path("changedFields")) {
            if (f.path("field").asText().equals(field)) {
                return f;
            }
        }
        throw new AssertionError("no changed field " + field + " in " + record);
    }
}
