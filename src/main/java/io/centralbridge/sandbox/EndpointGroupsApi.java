package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code /endpoint/v1/endpoint-groups} (sophos-api.md §5): the groups the seeded endpoints belong to, so a
 * group's members are exactly the endpoints whose {@code group.id} names it. The list is page-based; the
 * members list is key-based, as Sophos pages it.
 */
final class EndpointGroupsApi implements SandboxApi {
    private static final int ITEMS_SHOWN = 25;

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/endpoint/v1/endpoint-groups", this::list);
        routes.tenant("GET", "/endpoint/v1/endpoint-groups/{groupId}", this::get);
        routes.tenant("GET", "/endpoint/v1/endpoint-groups/{groupId}/endpoints", this::members);
    }

    private Reply list(RequestContext ctx) {
        return SeededLists.page(ctx, groups(ctx), SeededLists.PAGE_CAP, List.of("groupType", "ids", "search"), p -> {
            var type = SeededLists.oneOf(p, "groupType", List.of("computer", "server"), "/type");
            List<String> ids = p.list("ids");
            String search = p.text("search");
            return g -> type.test(g) && (ids.isEmpty() || ids.contains(g.get("id").asText()))
                    && (search == null || g.get("name").asText().toLowerCase(Locale.ROOT)
                    .contains(search.toLowerCase(Locale.ROOT)));
        });
    }

    private Reply get(RequestContext ctx) {
        return SeededLists.get(ctx, groups(ctx), "groupId", "Endpoint group not found");
    }

    private Reply members(RequestContext ctx) {
        String groupId = ctx.pathParam("groupId");
        if (SeededLists.find(groups(ctx), groupId) == null) {
            throw SandboxException.notFound("Endpoint group not found");
        }
        List<String> allowed = new ArrayList<>(Paging.KEY_PARAMS);
        allowed.addAll(List.of("search", "searchFields", "fields"));
        QueryParams p = ctx.params().only(allowed);
        int cap = ctx.config().endpointsPageCap();
        Paging.KeyRequest page = Paging.KeyRequest.of(p, 50, cap);
        String search = p.text("search");
        List<String> fields = p.list("fields");
        List<ObjectNode> in = ctx.tenantData().endpoints().stream()
                .filter(e -> groupId.equals(e.at("/group/id").asText()))
                .filter(e -> search == null || e.get("hostname").asText().toLowerCase(Locale.ROOT)
                        .contains(search.toLowerCase(Locale.ROOT)))
                .toList();
        return Reply.ok(Paging.keyBased("group-endpoints:" + groupId, page, cap, in, e -> e.get("id").asText(),
                e -> FieldSelection.select(EndpointsApi.view(e, "basic"), fields)));
    }

    /** Computed on each call from the endpoints, so membership follows endpoint changes. */
    private static List<ObjectNode> groups(RequestContext ctx) {
        Map<String, List<ObjectNode>> byGroup = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ObjectNode e : ctx.tenantData().endpoints()) {
            String id = e.at("/group/id").asText("");
            if (!id.isEmpty()) {
                byGroup.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                names.put(id, e.at("/group/name").asText());
            }
        }
        long seed = ctx.config().seed();
        int index = ctx.tenantData().index();
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, List<ObjectNode>> g : byGroup.entrySet()) {
            String name = names.get(g.getKey());
            boolean server = EndpointCatalog.SERVER_GROUPS.contains(name);
            Random r = Seeds.random(seed, "endpoint-group:" + name, index);
            ObjectNode o = Json.object().put("id", g.getKey()).put("name", name)
                    .put("type", server ? "server" : "computer");
            o.set("tenant", Json.ref(ctx.tenant().id()));
            o.put("description", (server ? "Servers: " : "Computers: ") + name);
            ArrayNode items = Json.array();
            g.getValue().stream().limit(ITEMS_SHOWN).forEach(e -> items.add(Json.object()
                    .put("id", e.get("id").asText()).put("hostname", e.get("hostname").asText())));
            o.set("endpoints", Json.object().put("total", g.getValue().size()).put("itemsCount", items.size())
                    .<ObjectNode>set("items", items));
            var created = ctx.world().anchor().minus(Duration.ofDays(Seeds.between(r, 200, 900)));
            o.put("createdAt", Json.time(created))
                    .put("updatedAt", Json.time(created.plus(Duration.ofDays(Seeds.between(r, 1, 150)))));
            out.add(o);
        }
        out.sort((a, b) -> a.get("name").asText().compareTo(b.get("name").asText()));
        return out;
    }
}
