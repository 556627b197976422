package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The alert filters, read from the GET query or from the POST search body (same names, arrays in the
 * body). Sort is {@code raisedAt:desc} (newest first) unless {@code raisedAt:asc} is asked for.
 */
record AlertQuery(List<String> products, List<String> categories, List<String> severities, List<String> ids,
                  List<String> fields, String groupKey, Instant from, Instant to, boolean ascending,
                  Paging.KeyRequest page) {
    static final List<String> PARAMS = List.of("product", "category", "severity", "ids", "fields", "groupKey",
            "from", "to", "sort", "pageFromKey", "pageSize", "pageTotal");
    private static final List<String> SORTS = List.of("raisedAt:desc", "raisedAt:asc");
    private static final int DEFAULT_PAGE_SIZE = 50;

    static AlertQuery fromQuery(QueryParams p, int cap) {
        p.only(PARAMS);
        return new AlertQuery(p.enumList("product", AlertFactory.PRODUCTS), p.enumList("category", AlertFactory.CATEGORIES),
                p.enumList("severity", AlertFactory.SEVERITIES), p.list("ids"), p.list("fields"), p.text("groupKey"),
                p.instant("from"), p.instant("to"), ascending(p.list("sort")), Paging.KeyRequest.of(p, DEFAULT_PAGE_SIZE, cap));
    }

    static AlertQuery fromBody(JsonNode body, int cap) {
        if (!(body instanceof ObjectNode o)) {
            throw SandboxException.badRequest("The search body must be a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!PARAMS.contains(name)) {
                throw SandboxException.badRequest("Unknown field '" + name + "' in the search body");
            }
        }
        List<String> products = strings(o, "product");
        products.forEach(v -> QueryParams.checkEnum("product", v, AlertFactory.PRODUCTS));
        List<String> categories = strings(o, "category");
        categories.forEach(v -> QueryParams.checkEnum("category", v, AlertFactory.CATEGORIES));
        List<String> severities = strings(o, "severity");
        severities.forEach(v -> QueryParams.checkEnum("severity", v, AlertFactory.SEVERITIES));
        JsonNode size = o.get("pageSize");
        if (size != null && !size.isInt()) {
            throw SandboxException.badRequest("'pageSize' must be an integer");
        }
        JsonNode total = o.get("pageTotal");
        if (total != null && !total.isBoolean()) {
            throw SandboxException.badRequest("'pageTotal' must be true or false");
        }
        int pageSize = QueryParams.checkedInt("pageSize", size == null ? null : size.asText(), Math.min(DEFAULT_PAGE_SIZE, cap), 1, cap);
        Paging.KeyRequest page = new Paging.KeyRequest(text(o, "pageFromKey"), pageSize, total != null && total.asBoolean());
        return new AlertQuery(products, categories, severities, strings(o, "ids"), strings(o, "fields"),
                text(o, "groupKey"), QueryParams.parseInstant("from", text(o, "from")),
                QueryParams.parseInstant("to", text(o, "to")), ascending(strings(o, "sort")), page);
    }

    Predicate<ObjectNode> filter() {
        return a -> (products.isEmpty() || products.contains(a.path("product").asText()))
                && (categories.isEmpty() || categories.contains(a.path("category").asText()))
                && (severities.isEmpty() || severities.contains(a.path("severity").asText()))
                && (ids.isEmpty() || ids.contains(a.path("id").asText()))
                && (groupKey == null || groupKey.equals(a.path("groupKey").asText()))
                && (from == null || !raisedAt(a).isBefore(from))
                && (to == null || raisedAt(a).isBefore(to));
    }

    /** The key position: ascending along the chosen sort, so that key-based paging can resume from it. */
    String position(ObjectNode alert) {
        long millis = raisedAt(alert).toEpochMilli();
        return Seeds.pad(ascending ? millis : 9_999_999_999_999L - millis, 13) + "|" + alert.path("id").asText();
    }

    String collection() {
        return ascending ? "alerts:raisedAt:asc" : "alerts:raisedAt:desc";
    }

    private static Instant raisedAt(ObjectNode a) {
        return Instant.parse(a.path("raisedAt").asText());
    }

    private static boolean ascending(List<String> sort) {
        if (sort.size() > 1) {
            throw SandboxException.badRequest("The sandbox sorts alerts by one key only: raisedAt:asc or raisedAt:desc");
        }
        sort.forEach(s -> QueryParams.checkEnum("sort", s, SORTS));
        return sort.size() == 1 && sort.get(0).equals("raisedAt:asc");
    }

    private static List<String> strings(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw SandboxException.badRequest("'" + name + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isTextual()) {
                throw SandboxException.badRequest("'" + name + "' must be an array of strings");
            }
            out.add(n.asText());
        }
        return out;
    }

    private static String text(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw SandboxException.badRequest("'" + name + "' must be a string");
        }
        return v.asText();
    }
}
