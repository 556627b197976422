package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The page-based list and get-by-id that most module resources share (sophos-api.md §3), and a per-key
 * cache of seeded data: a module API seeds a tenant's resources on first use, once.
 */
final class SeededLists<T> {
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int PAGE_CAP = 100;

    private final Map<String, T> byKey = new ConcurrentHashMap<>();
    private final Function<RequestContext, T> seeder;
    private final Function<RequestContext, String> key;

    private SeededLists(Function<RequestContext, String> key, Function<RequestContext, T> seeder) {
        this.key = key;
        this.seeder = seeder;
    }

    /** Seeded once per tenant of a tenant-scoped call. */
    static <T> SeededLists<T> perTenant(Function<RequestContext, T> seeder) {
        return new SeededLists<>(ctx -> ctx.tenant().id(), seeder);
    }

    /** Seeded once per partner or organization account. */
    static <T> SeededLists<T> perPrincipal(Function<RequestContext, T> seeder) {
        return new SeededLists<>(ctx -> ctx.principal().principalId(), seeder);
    }

    T of(RequestContext ctx) {
        return byKey.computeIfAbsent(key.apply(ctx), k -> seeder.apply(ctx));
    }

    /** A page of {@code items} filtered by {@code filter}; {@code extra} names the filters the list takes. */
    static Reply page(RequestContext ctx, List<ObjectNode> items, int cap, List<String> extra,
                      Function<QueryParams, Predicate<ObjectNode>> filter) {
        List<String> allowed = new ArrayList<>(Paging.PAGE_PARAMS);
        allowed.addAll(extra);
        allowed.add("fields");
        QueryParams p = ctx.params().only(allowed);
        List<String> fields = p.list("fields");
        Predicate<ObjectNode> keep = filter.apply(p);
        List<ObjectNode> matching = items.stream().filter(keep).toList();
        return Reply.ok(Paging.pageBased(p, matching, DEFAULT_PAGE_SIZE, cap, n -> FieldSelection.select(n, fields)));
    }

    static Reply page(RequestContext ctx, List<ObjectNode> items) {
        return page(ctx, items, PAGE_CAP, List.of(), p -> n -> true);
    }

    static Reply get(RequestContext ctx, List<ObjectNode> items, String idParam, String notFound) {
        QueryParams p = ctx.params().only("fields");
        ObjectNode found = find(items, ctx.pathParam(idParam));
        if (found == null) {
            throw SandboxException.notFound(notFound);
        }
        return Reply.ok(FieldSelection.select(found, p.list("fields")));
    }

    static ObjectNode find(List<ObjectNode> items, String id) {
        for (ObjectNode n : items) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    /** The filter of an enum-valued list parameter, matched against a field (a JSON pointer). */
    static Predicate<ObjectNode> oneOf(QueryParams p, String name, List<String> allowed, String pointer) {
        List<String> wanted = p.enumList(name, allowed);
        return n -> wanted.isEmpty() || wanted.contains(n.at(pointer).asText());
    }
}
