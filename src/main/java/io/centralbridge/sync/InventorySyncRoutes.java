package io.centralbridge.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.session.Tenant;
import io.centralbridge.session.TenantDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps routes/inventory-sync.camel.yaml is made of:
 * {@code direct:sync.inventory.tenants} (body: null, "id,id" or a list -> the tenant ids to sync),
 * {@code direct:sync.inventory.snapshot} (body: one tenant id -> its change records; writes the run's snapshot
 * and change-record files) and {@code direct:sync.inventory.commit} (makes that snapshot the next run's
 * baseline; body: the run's summary). Sinks go between the last two, so a sink failure means the same
 * changes are found again next run.
 */
@Component
class InventorySyncRoutes extends RouteBuilder {

    static final String RUN = "sync.inventory.run";
    private static final Logger log = LoggerFactory.getLogger(InventorySyncRoutes.class);
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What one tenant's run found, carried from the snapshot step to the commit step. */
    record Run(String tenantId, ObjectNode tenant, String runId, Instant takenAt, boolean firstRun,
               int endpoints, int users, Map<String, Integer> changes) {
    }

    private final SyncProperties p;
    private final TenantDirectory directory;
    private final InventoryCollector collector;
    private final SnapshotStore store;
    private final InventoryDiff diff;
    private final ObjectMapper json;

    InventorySyncRoutes(SyncProperties p, TenantDirectory directory, InventoryCollector collector, SnapshotStore store,
                        ObjectMapper json) {
        this.p = p;
        this.directory = directory;
        this.collector = collector;
        this.store = store;
        this.json = json;
        this.diff = new InventoryDiff(json, p.ignoreFields());
    }

    @Override
    public void configure() {
        // A tenant with a cron of its own: the same flow, its own Quartz trigger (stateful: runs never overlap).
        p.tenantCrons().forEach((tenantId, cron) ->
                fromF("quartz:sophos/inventory-sync-%s?cron=%s&stateful=true", tenantId, cron.trim().replace(' ', '+'))
                        .routeId("inventory-sync-schedule-" + tenantId).autoStartup(p.enabled())
                        .setBody(constant(tenantId))
                        .to("direct:sync.inventory"));
        from("direct:sync.inventory.tenants").routeId("sophos.sync.tenants").errorHandler(noErrorHandler())
                .process(e -> e.getMessage().setBody(tenants(e.getMessage().getBody())));
        from("direct:sync.inventory.snapshot").routeId("sophos.sync.snapshot").errorHandler(noErrorHandler())
                .process(this::snapshot);
        from("direct:sync.inventory.commit").routeId("sophos.sync.commit").errorHandler(noErrorHandler())
                .process(this::commit);
    }

    List<String> tenants(Object body) {
        List<String> ids = new ArrayList<>();
        if (body instanceof Collection<?> c) {
            c.forEach(x -> ids.add(String.valueOf(x).trim()));
        } else if (body != null && !body.toString().isBlank()) {
            Arrays.stream(body.toString().split(",")).map(String::trim).forEach(ids::add);
        } else {
            if (!p.tenants().isEmpty()) {
                ids.addAll(p.tenants());
            } else {
                directory.all().stream().map(Tenant::id).forEach(ids::add);
            }
            ids.removeAll(p.tenantCrons().keySet()); // they run on their own schedule
        }
        ids.removeIf(String::isEmpty);
        return ids;
    }

    private void snapshot(Exchange e) throws Exception {
        String tenantId = e.getMessage().getMandatoryBody(String.class).trim();
        Instant now = Instant.now();
        String runId = RUN_ID.format(now);
        ObjectNode current = collector.snapshot(tenantId, runId, now);
        ObjectNode baseline = store.baseline(tenantId);
        ObjectNode header = json.createObjectNode().put("type", "inventory.change").put("runId", runId)
                .put("at", now.toString());
        header.set("tenant", current.path("tenant"));
        List<ObjectNode> changes = baseline == null ? List.of() : diff.changes(baseline, current, header);
        store.writeSnapshot(tenantId, runId, current);
        store.writeChanges(tenantId, runId, changes);
        Map<String, Integer> counts = new TreeMap<>(Map.of("added", 0, "removed", 0, "changed", 0));
        changes.forEach(c -> counts.merge(c.path("change").asText(), 1, Integer::sum));
        e.setProperty(RUN, new Run(tenantId, (ObjectNode) current.path("tenant"), runId, now, baseline == null,
                current.path("endpoints").size(), current.path("users").size(), counts));
        e.getMessage().setBody(new ArrayList<>(changes));
    }

    private void commit(Exchange e) {
        Run r = e.getProperty(RUN, Run.class);
        if (r == null) {
            throw new IllegalStateException("direct:sync.inventory.commit must follow direct:sync.inventory.snapshot");
        }
        store.commit(r.tenantId(), r.runId(), r.takenAt().toString());
        ObjectNode s = json.createObjectNode();
        s.set("tenant", r.tenant());
        s.put("runId", r.runId());
        s.put("takenAt", r.takenAt().toString());
        s.put("firstRun", r.firstRun());
        s.put("endpoints", r.endpoints());
        s.put("users", r.users());
        ObjectNode c = s.putObject("changes");
        r.changes().forEach(c::put);
        s.put("snapshot", store.tenantDir(r.tenantId()).resolve("snapshots/" + r.runId() + ".json").toString());
        s.put("changeRecords", store.tenantDir(r.tenantId()).resolve("changes/" + r.runId() + ".ndjson").toString());
        log.info("inventory sync of tenant {}: {} endpoints, {} users, changes {}{}", r.tenantId(), r.endpoints(),
                r.users(), r.changes(), r.firstRun() ? " (first run: the baseline)" : "");
        e.getMessage().setBody(s);
    }
}
