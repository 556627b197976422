package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The two Sophos paging styles of sophos-api.md §3. Page-based answers
 * {@code pages{current,size,maxSize,total?,items?}} and an empty page past the end. Key-based answers
 * {@code pages{fromKey?,nextKey?,size,maxSize,total?,items?}} with no nextKey on the last page; its keys
 * name a position in the sort order rather than an offset, so a walk stays exact while items change.
 */
final class Paging {
    static final List<String> PAGE_PARAMS = List.of("page", "pageSize", "pageTotal");
    static final List<String> KEY_PARAMS = List.of("pageFromKey", "pageSize", "pageTotal");

    /** A key-based page request, from query parameters or a search body. */
    record KeyRequest(String fromKey, int size, boolean total) {
        static KeyRequest of(QueryParams p, int defaultSize, int cap) {
            return new KeyRequest(p.text("pageFromKey"), p.pageSize(defaultSize, cap), Boolean.TRUE.equals(p.bool("pageTotal")));
        }
    }

    private Paging() {
    }

    static <T> ObjectNode pageBased(QueryParams p, List<T> items, int defaultSize, int cap, Function<T, JsonNode> render) {
        int page = p.integer("page", 1, 1, Integer.MAX_VALUE);
        int size = p.pageSize(defaultSize, cap);
        boolean withTotal = Boolean.TRUE.equals(p.bool("pageTotal"));
        long from = (long) (page - 1) * size;
        ArrayNode out = Json.array();
        for (long i = from; i < Math.min(items.size(), from + size); i++) {
            out.add(render.apply(items.get((int) i)));
        }
        ObjectNode pages = Json.object().put("current", page).put("size", size).put("maxSize", cap);
        if (withTotal) {
            pages.put("total", pageCount(items.size(), size)).put("items", items.size());
        }
        ObjectNode body = Json.object();
        body.set("items", out);
        body.set("pages", pages);
        return body;
    }

    /**
     * One page of {@code sorted}, which must be in ascending order of {@code position}. A key encodes
     * the collection name and the position of the first item of its page.
     */
    static <T> ObjectNode keyBased(String collection, KeyRequest req, int cap, List<T> sorted,
                                   Function<T, String> position, Function<T, JsonNode> render) {
        int start = 0;
        if (req.fromKey() != null) {
            String at = decode(collection, req.fromKey());
            while (start < sorted.size() && position.apply(sorted.get(start)).compareTo(at) < 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + req.size());
        ArrayNode out = Json.array();
        for (int i = start; i < end; i++) {
            out.add(render.apply(sorted.get(i)));
        }
        ObjectNode pages = Json.object();
        if (req.fromKey() != null) {
            pages.put("fromKey", req.fromKey());
        }
        if (end < sorted.size()) {
            pages.put("nextKey", encode(collection, position.apply(sorted.get(end))));
        }
        pages.put("size", req.size()).put("maxSize", cap);
        if (req.total()) {
            pages.put("total", pageCount(sorted.size(), req.size())).put("items", sorted.size());
        }
        ObjectNode body = Json.object();
        body.set("items", out);
        body.set("pages", pages);
        return body;
    }

    static int pageCount(int items, int size) {
        return (items + size - 1) / size;
    }

    static String encode(String collection, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((collection + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String collection, String key) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SandboxException.badRequest("Invalid pageFromKey: not a key this API handed out");
        }
        if (!text.startsWith(collection + "|")) {
            throw SandboxException.badRequest("Invalid pageFromKey: it belongs to another listing or sort order");
        }
        return text.substring(collection.length() + 1);
    }
}
