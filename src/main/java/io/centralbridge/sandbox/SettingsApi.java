package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Allowed items, blocked items, blocked addresses and scanning exclusions (sophos-api.md §5 "Settings"):
 * page-based lists, 201 on create, 409 for a duplicate, 404 for an unknown id.
 */
final class SettingsApi implements SandboxApi {
    private static final String BASE = "/endpoint/v1/settings";
    static final List<String> ALLOWED_TYPES = List.of("sha256", "path", "certificateSigner");
    static final List<String> EXCLUSION_TYPES = List.of("path", "posixPath", "virtualPath", "process", "web", "pua",
            "amsi", "behavioral", "exploitMitigation", "detectedExploit", "journalHashingProcess");
    static final List<String> SCAN_MODES = List.of("onDemand", "onAccess", "onDemandAndOnAccess");
    private final WriteState state;

    SettingsApi(WriteState state) {
        this.state = state;
    }

    /**
     * The lists start as the seeded ones (the same items the health check's exclusions count), so reads and
     * writes see one state: a created item shows up next to the seeded ones, a deleted one is gone.
     */
    private final java.util.Set<String> seeded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private WriteState.TenantWrites writes(RequestContext ctx) {
        TenantData d = ctx.tenantData();
        WriteState.TenantWrites w = state.of(d);
        if (!seeded.contains(d.tenant().id())) {
            synchronized (w) {
                if (seeded.add(d.tenant().id())) {
                    SettingsFactory.Settings s = SettingsFactory.seed(ctx.config().seed(), d.index(), d.tenant(),
                            d.posture(), d.users(), d.endpoints(), ctx.world().anchor());
                    w.allowedItems.addAll(0, s.allowed());
                    w.blockedItems.addAll(0, s.blocked());
                    w.exclusions.addAll(0, s.exclusions());
                }
            }
        }
        return w;
    }

    @Override
    public void register(SandboxRoutes routes) {
        items(routes, "/allowed-items", w -> w.allowedItems, this::allowed);
        items(routes, "/blocked-items", w -> w.blockedItems, this::blocked);
        items(routes, "/exclusions/scanning", w -> w.exclusions, this::exclusion);
        routes.tenant("GET", BASE + "/blocked-addresses", ctx -> list(ctx, writes(ctx).blockedAddresses));
        routes.tenant("POST", BASE + "/blocked-addresses/bulk", this::blockAddresses);
        routes.tenant("POST", BASE + "/blocked-addresses/bulk/delete", this::unblockAddresses);
    }

    private void items(SandboxRoutes routes, String path, Function<WriteState.TenantWrites, List<ObjectNode>> of,
                       java.util.function.BiFunction<RequestContext, JsonNode, ObjectNode> create) {
        routes.tenant("GET", BASE + path, ctx -> list(ctx, of.apply(writes(ctx))));
        routes.tenant("POST", BASE + path, ctx -> {
            ObjectNode item = create.apply(ctx, ctx.jsonBody());
            List<ObjectNode> list = of.apply(writes(ctx));
            synchronized (list) {
                String key = key(item);
                if (list.stream().anyMatch(x -> key(x).equals(key))) {
                    throw new SandboxException(409, "Conflict", "The item already exists");
                }
                item.put("id", UUID.randomUUID().toString()).put("createdAt", WriteApis.now());
                item.set("createdBy", Json.object().put("id", ctx.principal().clientId()).put("name", "API client"));
                list.add(item);
            }
            return Reply.created(item);
        });
        routes.tenant("GET", BASE + path + "/{itemId}", ctx -> Reply.ok(find(of.apply(writes(ctx)), ctx)));
        routes.tenant("DELETE", BASE + path + "/{itemId}", ctx -> {
            List<ObjectNode> list = of.apply(writes(ctx));
            list.remove(find(list, ctx));
            return Reply.ok(Json.object().put("deleted", true));
        });
    }

    /** What makes two items duplicates: same type and same value. */
    private static String key(ObjectNode item) {
        return item.path("type").asText() + "|" + item.path("properties").toString() + "|" + item.path("value").asText();
    }

    private ObjectNode allowed(RequestContext ctx, JsonNode body) {
        String type = WriteApis.text(body, "type", true, 40);
        QueryParams.checkEnum("type", type, ALLOWED_TYPES);
        ObjectNode item = Json.object().put("type", type);
        item.set("properties", properties(body, type));
        item.put("comment", WriteApis.text(body, "comment", true, 300));
        String endpoint = WriteApis.text(body, "originEndpointId", false, 36);
        if (endpoint != null) {
            item.set("originEndpoint", Json.ref(endpoint));
        }
        String person = WriteApis.text(body, "originPersonId", false, 36);
        if (person != null) {
            item.set("originPerson", Json.ref(person));
        }
        return item;
    }

    private ObjectNode blocked(RequestContext ctx, JsonNode body) {
        if (!"sha256".equals(body.path("type").asText())) {
            throw SandboxException.badRequest("'type' must be sha256");
        }
        ObjectNode item = Json.object().put("type", "sha256");
        item.set("properties", properties(body, "sha256"));
        item.put("comment", WriteApis.text(body, "comment", true, 300));
        return item;
    }

    private static ObjectNode properties(JsonNode body, String type) {
        JsonNode p = body.path("properties");
        String value = p.path(type).asText("");
        if (value.isBlank() || ("sha256".equals(type) && !value.matches("[0-9a-fA-F]{64}"))) {
            throw SandboxException.badRequest("'properties." + type + "' is missing or malformed");
        }
        ObjectNode out = Json.object().put(type, "sha256".equals(type) ? value.toLowerCase() : value);
        if (p.hasNonNull("fileName")) {
            out.put("fileName", p.get("fileName").asText());
        }
        return out;
    }

    private ObjectNode exclusion(RequestContext ctx, JsonNode body) {
        String type = WriteApis.text(body, "type", true, 40);
        QueryParams.checkEnum("type", type, EXCLUSION_TYPES);
        ObjectNode item = Json.object().put("value", WriteApis.text(body, "value", true, 1000)).put("type", type);
        String mode = WriteApis.text(body, "scanMode", false, 40);
        if (mode != null) {
            QueryParams.checkEnum("scanMode", mode, SCAN_MODES);
            item.put("scanMode", mode);
        }
        String comment = WriteApis.text(body, "comment", false, 300);
        if (comment != null) {
            item.put("comment", comment);
        }
        return item;
    }

    private Reply blockAddresses(RequestContext ctx) {
        JsonNode items = ctx.jsonBody().path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw SandboxException.badRequest("'items' must be a non-empty array");
        }
        List<ObjectNode> list = writes(ctx).blockedAddresses;
        ArrayNode created = Json.array();
        synchronized (list) {
            for (JsonNode i : items) {
                String addr = WriteApis.text(i, "item", true, 100);
                if (list.stream().anyMatch(x -> x.path("item").asText().equals(addr))) {
                    throw new SandboxException(409, "Conflict", "Address already blocked: " + addr);
                }
                ObjectNode o = Json.object().put("id", UUID.randomUUID().toString()).put("item", addr)
                        .put("createdAt", WriteApis.now());
                if (i.hasNonNull("blockedUntil")) {
                    o.put("blockedUntil", i.get("blockedUntil").asText());
                }
                if (i.hasNonNull("comment")) {
                    o.put("comment", i.get("comment").asText());
                }
                created.add(o);
            }
            created.forEach(o -> list.add((ObjectNode) o));
        }
        return Reply.created(Json.object().set("items", created));
    }

    private Reply unblockAddresses(RequestContext ctx) {
        List<String> ids = EndpointWrites.ids(ctx.jsonBody(), "ids");
        List<ObjectNode> list = writes(ctx).blockedAddresses;
        List<String> failed = new ArrayList<>();
        for (String id : ids) {
            if (!list.removeIf(x -> x.path("id").asText().equals(id))) {
                failed.add(id);
            }
        }
        return Reply.ok(Json.object().set("failedToDelete", Json.strings(failed)));
    }

    private static Reply list(RequestContext ctx, List<ObjectNode> items) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.add("type");
        allowed.add("sort");
        QueryParams p = ctx.params().only(allowed);
        List<ObjectNode> matching = p.has("type")
                ? items.stream().filter(i -> i.path("type").asText().equals(p.text("type"))).toList()
                : List.copyOf(items);
        return Reply.ok(Paging.pageBased(p, matching, 50, 100, i -> i));
    }

    private static ObjectNode find(List<ObjectNode> items, RequestContext ctx) {
        String id = ctx.pathParam("itemId");
        return items.stream().filter(i -> i.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> SandboxException.notFound("Item not found: " + id));
    }
}
