package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code /common/v1/directory/users} list and get (sophos-api.md §6), page-based, sorted by name by default. */
final class DirectoryApi implements SandboxApi {
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("search", "searchFields", "sourceType", "domain", "ids",
            "groupId", "sort", "fields");
    private static final List<String> SEARCH_FIELDS = List.of("name", "firstName", "lastName", "email", "exchangeLogin");
    private static final List<String> SORT_FIELDS = List.of("id", "name", "firstName", "lastName", "email",
            "exchangeLogin", "createdAt", "updatedAt");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/common/v1/directory/users", this::list);
        routes.tenant("GET", "/common/v1/directory/users/{userId}", this::get);
    }

    private Reply list(RequestContext ctx) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.addAll(FILTERS);
        QueryParams p = ctx.params().only(allowed);
        List<String> fields = p.list("fields");
        List<ObjectNode> users = ctx.tenantData().users().stream().filter(filter(p)).sorted(order(p)).toList();
        return Reply.ok(Paging.pageBased(p, users, DEFAULT_PAGE_SIZE, ctx.config().directoryPageCap(),
                u -> FieldSelection.select(u, fields)));
    }

    private Reply get(RequestContext ctx) {
        QueryParams p = ctx.params().only("fields");
        ObjectNode u = ctx.tenantData().user(ctx.pathParam("userId"));
        if (u == null) {
            throw SandboxException.notFound("User not found");
        }
        return Reply.ok(FieldSelection.select(u, p.list("fields")));
    }

    private static Predicate<ObjectNode> filter(QueryParams p) {
        List<String> sources = p.enumList("sourceType", UserFactory.SOURCE_TYPES);
        String domain = p.text("domain");
        List<String> ids = p.list("ids");
        String groupId = p.text("groupId");
        String search = p.text("search");
        List<String> searchFields = p.enumList("searchFields", SEARCH_FIELDS);
        List<String> in = searchFields.isEmpty() ? List.of("name") : searchFields;
        String term = search == null ? null : search.toLowerCase(Locale.ROOT);
        return u -> (sources.isEmpty() || sources.contains(u.at("/source/type").asText()))
                && (domain == null || domain.equalsIgnoreCase(u.path("domain").asText()))
                && (ids.isEmpty() || ids.contains(u.path("id").asText()))
                && (groupId == null || u.at("/groups/items").findValuesAsText("id").contains(groupId))
                && (term == null || in.stream().anyMatch(f -> u.path(f).asText().toLowerCase(Locale.ROOT).contains(term)));
    }

    private static Comparator<ObjectNode> order(QueryParams p) {
        Comparator<ObjectNode> c = null;
        for (String s : p.list("sort")) {
            String[] parts = s.split(":");
            String field = parts[0];
            QueryParams.checkEnum("sort", field, SORT_FIELDS);
            if (parts.length > 2 || (parts.length == 2 && !List.of("asc", "desc").contains(parts[1]))) {
                throw SandboxException.badRequest("Invalid value '" + s + "' for 'sort'; use field:asc or field:desc");
            }
            Comparator<ObjectNode> one = Comparator.comparing(u -> u.path(field).asText(""));
            one = parts.length == 2 && parts[1].equals("desc") ? one.reversed() : one;
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<ObjectNode> byId = Comparator.comparing(u -> u.path("id").asText());
        return c == null ? Comparator.<ObjectNode, String>comparing(u -> u.path("name").asText()).thenComparing(byId)
                : c.thenComparing(byId);
    }
}
