package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the write APIs keep beyond the seeded world: settings lists, groups, tamper passwords, product
 * selections and migration jobs. Group membership and isolation live on the endpoint objects themselves, so
 * the read APIs (and the read tools) see every write.
 */
final class WriteState {

    /** One tenant's lists; each list is in creation order, as the page-based settings lists answer. */
    static final class TenantWrites {
        final List<ObjectNode> allowedItems = new CopyOnWriteArrayList<>();
        final List<ObjectNode> blockedItems = new CopyOnWriteArrayList<>();
        final List<ObjectNode> blockedAddresses = new CopyOnWriteArrayList<>();
        final List<ObjectNode> exclusions = new CopyOnWriteArrayList<>();
        final List<ObjectNode> groups = new CopyOnWriteArrayList<>();
        final List<ObjectNode> actions = new CopyOnWriteArrayList<>();
        final Map<String, String> tamperPasswords = new ConcurrentHashMap<>();
        final Map<String, List<String>> previousPasswords = new ConcurrentHashMap<>();
        volatile List<String> products = List.of("coreAgent", "endpointProtection", "interceptX");
    }

    private final Map<String, TenantWrites> byTenant = new ConcurrentHashMap<>();
    /** Migration jobs by id; a job is seen by its receiving tenant and, once started, by its sender. */
    final Map<String, ObjectNode> migrations = new ConcurrentHashMap<>();
    /** Per job: endpoint id -> status object {id, status, newId?, migratedAt?, failedAt?, reason?}. */
    final Map<String, Map<String, ObjectNode>> migrationEndpoints = new ConcurrentHashMap<>();

    TenantWrites of(TenantData data) {
        return byTenant.computeIfAbsent(data.tenant().id(), id -> seed(data));
    }

    /** The groups the seeded endpoints name, plus one synced from Active Directory (undeletable: 409). */
    private static TenantWrites seed(TenantData data) {
        TenantWrites w = new TenantWrites();
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        String created = Json.time(java.time.Instant.parse("2025-01-01T00:00:00Z"));
        for (ObjectNode e : data.endpoints()) {
            if (!e.has("group")) {
                continue;
            }
            String id = e.at("/group/id").asText();
            groups.computeIfAbsent(id, g -> Json.object().put("id", id).put("name", e.at("/group/name").asText())
                    .put("type", "server".equals(e.path("type").asText()) ? "server" : "computer")
                    .put("description", "").put("createdAt", created).put("updatedAt", created));
        }
        w.groups.addAll(groups.values());
        String adId = Seeds.id(0, "ad-group", data.tenant().id());
        w.groups.add(Json.object().put("id", adId).put("name", "AD: Domain Computers").put("type", "computer")
                .put("description", "Synchronized from Active Directory").put("createdAt", created)
                .put("updatedAt", created).put("adSynced", true));
        return w;
    }
}
