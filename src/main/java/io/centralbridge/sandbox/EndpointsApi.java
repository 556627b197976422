package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /endpoint/v1/endpoints} list and get (sophos-api.md §5), key-based, sorted by id. Views:
 * {@code basic} is id, type, tenant and hostname; {@code summary} (the default) is the full object without
 * {@code encryption} and service details; {@code full} is everything.
 */
final class EndpointsApi implements SandboxApi {
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final List<String> VIEWS = List.of("basic", "summary", "full");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/endpoint/v1/endpoints", this::list);
        routes.tenant("GET", "/endpoint/v1/endpoints/{endpointId}", this::get);
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.KEY_PARAMS);
        allowed.addAll(EndpointFilter.PARAMS);
        allowed.addAll(List.of("fields", "view", "sort"));
        QueryParams p = ctx.params().only(allowed);
        if (p.has("sort")) {
            throw SandboxException.badRequest("The sandbox lists endpoints by id only; drop 'sort'");
        }
        Paging.KeyRequest page = Paging.KeyRequest.of(p, DEFAULT_PAGE_SIZE, ctx.config().endpointsPageCap());
        String view = p.enumValue("view", VIEWS, "summary");
        List<String> fields = p.list("fields");
        Predicate<ObjectNode> filter = EndpointFilter.of(p);
        List<ObjectNode> matching = ctx.tenantData().endpoints().stream().filter(filter).toList();
        return Reply.ok(Paging.keyBased("endpoints", page, ctx.config().endpointsPageCap(), matching,
                e -> e.get("id").asText(), e -> FieldSelection.select(view(e, view), fields)));
    }

    private Reply get(RequestContext ctx) {
        QueryParams p = ctx.params().only("fields", "view");
        String view = p.enumValue("view", VIEWS, "summary");
        ObjectNode e = ctx.tenantData().endpoint(ctx.pathParam("endpointId"));
        if (e == null) {
            throw SandboxException.notFound("Can't find endpoint");
        }
        return Reply.ok(FieldSelection.select(view(e, view), p.list("fields")));
    }

    static ObjectNode view(ObjectNode full, String view) {
        switch (view) {
            case "basic" -> {
                return FieldSelection.select(full, List.of("id", "type", "tenant", "hostname"));
            }
            case "summary" -> {
                ObjectNode s = full.deepCopy();
                s.remove("encryption");
                if (s.at("/health/services") instanceof ObjectNode services) {
                    services.remove("serviceDetails");
                }
                return s;
            }
            default -> {
                return full;
            }
        }
    }
}
