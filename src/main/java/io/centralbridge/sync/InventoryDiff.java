package io.centralbridge.sync;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Change records between two snapshots of one tenant: an endpoint or user added, removed, or changed (with
 * each changed field's previous and current value), and the health check changed. Objects are compared field by
 * field down to their leaves; an array is one value, so a changed list shows whole rather than as index noise.
 */
final class InventoryDiff {

    /** Snapshot collections holding objects by id, and the name shown in change records for each. */
    static final Map<String, String> COLLECTIONS = Map.of("endpoints", "endpoint", "users", "user");
    private static final Map<String, String> NAME_FIELD = Map.of("endpoint", "hostname", "user", "name");

    private final ObjectMapper json;
    private final Set<String> ignored;

    InventoryDiff(ObjectMapper json, List<String> ignoredFields) {
        this.json = json;
        this.ignored = Set.copyOf(ignoredFields);
    }

    /** Every change from {@code previous} to {@code current}, endpoints first, then users, then the health check. */
    List<ObjectNode> changes(ObjectNode previous, ObjectNode current, ObjectNode header) {
        List<ObjectNode> out = new ArrayList<>();
        for (String collection : List.of("endpoints", "users")) {
            String entity = COLLECTIONS.get(collection);
            boolean complete = current.path("complete").path(collection).asBoolean(true)
                    && previous.path("complete").path(collection).asBoolean(true);
            JsonNode before = previous.path(collection);
            JsonNode after = current.path(collection);
            Set<String> ids = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(ids::add);
            after.fieldNames().forEachRemaining(ids::add);
            for (String id : ids) {
                JsonNode b = before.get(id);
                JsonNode a = after.get(id);
                if (b == null) {
                    out.add(record(header, entity, id, a, "added").set("current", a));
                } else if (a == null) {
                    // A truncated list cannot tell a removed object from one past the cut.
                    if (complete) {
                        out.add(record(header, entity, id, b, "removed").set("previous", b));
                    }
                } else {
                    ArrayNode fields = json.createArrayNode();
                    compare("", b, a, fields);
                    if (!fields.isEmpty()) {
                        out.add(record(header, entity, id, a, "changed").set("changedFields", fields));
                    }
                }
            }
        }
        JsonNode hb = previous.path("healthCheck");
        JsonNode ha = current.path("healthCheck");
        if (!hb.isMissingNode() && !ha.isMissingNode()) {
            ArrayNode fields = json.createArrayNode();
            compare("", hb, ha, fields);
            if (!fields.isEmpty()) {
                ObjectNode r = record(header, "healthCheck", header.path("tenant").path("id").asText(), null, "changed");
                out.add(r.set("changedFields", fields));
            }
        }
        return out;
    }

    private ObjectNode record(ObjectNode header, String entity, String id, JsonNode obj, String change) {
        ObjectNode r = header.deepCopy();
        r.put("entity", entity);
        r.put("id", id);
        String nameField = NAME_FIELD.get(entity);
        if (obj != null && nameField != null && obj.hasNonNull(nameField)) {
            r.put("name", obj.get(nameField).asText());
        }
        r.put("change", change);
        return r;
    }

    private void compare(String path, JsonNode b, JsonNode a, ArrayNode out) {
        if (b.isObject() && a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            b.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String p = path.isEmpty() ? n : path + "." + n;
                if (ignored.contains(n) || ignored.contains(p)) {
                    continue;
                }
                JsonNode bv = b.has(n) ? b.get(n) : MissingNode.getInstance();
                JsonNode av = a.has(n) ? a.get(n) : MissingNode.getInstance();
                compare(p, bv, av, out);
            }
            return;
        }
        if (!b.equals(a)) {
            ObjectNode f = out.addObject().put("field", path);
            f.set("previous", b.isMissingNode() ? json.nullNode() : b);
            f.set("current", a.isMissingNode() ? json.nullNode() : a);
        }
    }

    /** For tests and logs: the fields of one changed record, as "field" strings. */
    static List<String> fieldNames(JsonNode changeRecord) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = changeRecord.path("changedFields").elements(); it.hasNext(); ) {
            out.add(it.next().path("field").asText());
        }
        return out;
    }
}
