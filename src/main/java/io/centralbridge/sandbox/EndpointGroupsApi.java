package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Endpoint groups (sophos-api.md §5 "Endpoint groups"). Membership is the endpoint's own {@code group} field,
 * so {@code GET /endpoint/v1/endpoints} and the group's member list can never disagree. Groups synced from
 * Active Directory answer 409 to every change.
 */
final class EndpointGroupsApi implements SandboxApi {
    private static final String BASE = "/endpoint/v1/endpoint-groups";
    private final WriteState state;

    EndpointGroupsApi(WriteState state) {
        this.state = state;
    }

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", BASE, this::list);
        routes.tenant("POST", BASE, this::create);
        routes.tenant("GET", BASE + "/{groupId}", ctx -> Reply.ok(render(ctx, group(ctx))));
        routes.tenant("PATCH", BASE + "/{groupId}", this::update);
        routes.tenant("DELETE", BASE + "/{groupId}", this::delete);
        routes.tenant("GET", BASE + "/{groupId}/endpoints", this::members);
        routes.tenant("POST", BASE + "/{groupId}/endpoints", this::add);
        routes.tenant("DELETE", BASE + "/{groupId}/endpoints", this::remove);
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.addAll(List.of("groupType", "search", "ids"));
        QueryParams p = ctx.params().only(allowed);
        String type = p.has("groupType") ? p.enumValue("groupType", List.of("computer", "server"), null) : null;
        String search = p.text("search");
        List<String> ids = p.list("ids");
        List<ObjectNode> matching = state.of(ctx.tenantData()).groups.stream()
                .filter(g -> type == null || g.path("type").asText().equals(type))
                .filter(g -> search == null || g.path("name").asText().toLowerCase().contains(search.toLowerCase()))
                .filter(g -> ids.isEmpty() || ids.contains(g.path("id").asText()))
                .toList();
        return Reply.ok(Paging.pageBased(p, matching, 50, 100, g -> render(ctx, g)));
    }

    private Reply create(RequestContext ctx) {
        JsonNode body = ctx.jsonBody();
        String name = WriteApis.text(body, "name", true, 100);
        String type = WriteApis.text(body, "type", true, 20);
        QueryParams.checkEnum("type", type, List.of("computer", "server"));
        List<String> ids = body.has("endpointIds") && !body.get("endpointIds").isEmpty()
                ? EndpointWrites.ids(body, "endpointIds") : List.of();
        List<ObjectNode> groups = state.of(ctx.tenantData()).groups;
        ObjectNode g;
        synchronized (groups) {
            if (groups.stream().anyMatch(x -> x.path("name").asText().equalsIgnoreCase(name))) {
                throw new SandboxException(409, "Conflict", "A group named '" + name + "' already exists");
            }
            String at = WriteApis.now();
            g = Json.object().put("id", UUID.randomUUID().toString()).put("name", name).put("type", type)
                    .put("description", body.path("description").asText("")).put("createdAt", at).put("updatedAt", at);
            groups.add(g);
        }
        join(ctx, g, ids);
        return Reply.created(render(ctx, g));
    }

    private Reply update(RequestContext ctx) {
        ObjectNode g = changeable(ctx);
        JsonNode body = ctx.jsonBody();
        String name = WriteApis.text(body, "name", false, 100);
        String description = WriteApis.text(body, "description", false, 500);
        ObjectNode copy = g.deepCopy();
        if (name != null) {
            copy.put("name", name);
        }
        if (description != null) {
            copy.put("description", description);
        }
        copy.put("updatedAt", WriteApis.now());
        List<ObjectNode> groups = state.of(ctx.tenantData()).groups;
        groups.set(groups.indexOf(g), copy);
        if (name != null) {
            for (ObjectNode e : ctx.tenantData().endpoints()) {
                if (e.at("/group/id").asText().equals(copy.get("id").asText())) {
                    EndpointWrites.update(ctx.tenantData(), e.get("id").asText(), n -> n.set("group",
                            Json.object().put("id", copy.get("id").asText()).put("name", name)));
                }
            }
        }
        return Reply.ok(render(ctx, copy));
    }

    private Reply delete(RequestContext ctx) {
        ObjectNode g = changeable(ctx);
        String id = g.get("id").asText();
        for (ObjectNode e : members(ctx, id)) {
            EndpointWrites.update(ctx.tenantData(), e.get("id").asText(), n -> n.remove("group"));
        }
        state.of(ctx.tenantData()).groups.remove(g);
        return Reply.ok(Json.object().put("deleted", true));
    }

    private Reply members(RequestContext ctx) {
        ObjectNode g = group(ctx);
        List<String> allowed = new ArrayList<>(Paging.KEY_PARAMS);
        allowed.addAll(List.of("search", "searchFields"));
        Paging.KeyRequest page = Paging.KeyRequest.of(ctx.params().only(allowed), 50, 500);
        return Reply.ok(Paging.keyBased("group-endpoints", page, 500, members(ctx, g.get("id").asText()),
                e -> e.get("id").asText(), EndpointGroupsApi::brief));
    }

    private Reply add(RequestContext ctx) {
        ObjectNode g = changeable(ctx);
        List<String> ids = EndpointWrites.ids(ctx.jsonBody(), "ids");
        ObjectNode out = Json.object();
        out.set("addedEndpoints", join(ctx, g, ids));
        return Reply.created(out);
    }

    private Reply remove(RequestContext ctx) {
        ObjectNode g = changeable(ctx);
        List<String> ids = ctx.params().only("ids").list("ids");
        if (ids.isEmpty()) {
            throw SandboxException.badRequest("'ids' is required");
        }
        ArrayNode removed = Json.array();
        ArrayNode notFound = Json.array();
        for (String id : ids) {
            ObjectNode e = ctx.tenantData().endpoint(id);
            if (e == null || !e.at("/group/id").asText().equals(g.get("id").asText())) {
                notFound.add(id);
                continue;
            }
            removed.add(brief(EndpointWrites.update(ctx.tenantData(), id, n -> n.remove("group"))));
        }
        ObjectNode out = Json.object();
        out.set("removedEndpoints", removed);
        out.putObject("errors").set("endpointsNotFound", notFound);
        return Reply.ok(out);
    }

    /** Moves the endpoints into the group (an endpoint is in one group at a time); answers those added. */
    private static ArrayNode join(RequestContext ctx, ObjectNode g, List<String> ids) {
        ArrayNode added = Json.array();
        String type = g.get("type").asText();
        for (String id : ids) {
            ObjectNode e = ctx.tenantData().endpoint(id);
            boolean fits = e != null && ("server".equals(type) == "server".equals(e.path("type").asText()));
            if (fits) {
                added.add(brief(EndpointWrites.update(ctx.tenantData(), id, n -> n.set("group",
                        Json.object().put("id", g.get("id").asText()).put("name", g.get("name").asText())))));
            }
        }
        return added;
    }

    private static List<ObjectNode> members(RequestContext ctx, String groupId) {
        return ctx.tenantData().endpoints().stream().filter(e -> e.at("/group/id").asText().equals(groupId)).toList();
    }

    private static ObjectNode brief(ObjectNode e) {
        return Json.object().put("id", e.get("id").asText()).put("hostname", e.path("hostname").asText());
    }

    private ObjectNode render(RequestContext ctx, ObjectNode g) {
        ObjectNode out = g.deepCopy();
        out.remove("adSynced");
        out.set("tenant", Json.ref(ctx.tenant().id()));
        List<ObjectNode> m = members(ctx, g.get("id").asText());
        ObjectNode ep = out.putObject("endpoints").put("total", m.size()).put("itemsCount", m.size());
        ArrayNode items = ep.putArray("items");
        m.forEach(e -> items.add(brief(e)));
        return out;
    }

    private ObjectNode group(RequestContext ctx) {
        String id = ctx.pathParam("groupId");
        return state.of(ctx.tenantData()).groups.stream().filter(g -> g.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> SandboxException.notFound("Endpoint group not found: " + id));
    }

    private ObjectNode changeable(RequestContext ctx) {
        ObjectNode g = group(ctx);
        if (g.path("adSynced").asBoolean(false)) {
            throw new SandboxException(409, "Conflict", "This group is synchronized from Active Directory and cannot be changed here");
        }
        return g;
    }
}
