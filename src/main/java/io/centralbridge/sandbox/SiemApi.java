package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * {@code /siem/v1/events} and {@code /siem/v1/alerts} (sophos-api.md §8): cursor paging with {@code limit}
 * (default 200, above 1000 a 400), {@code from_date} in Unix seconds within the last 24 h (else 400),
 * ignored when {@code cursor} is set, and a cursor older than 24 h falls back to the last 24 h.
 */
final class SiemApi implements SandboxApi {
    private static final List<String> EVENT_PARAMS = List.of("limit", "cursor", "from_date", "exclude_types");
    private static final List<String> ALERT_PARAMS = List.of("limit", "cursor", "from_date");

    @Override
    public void register(SandboxRoutes routes) {
        routes.tenant("GET", "/siem/v1/events", ctx -> page(ctx, "events", EVENT_PARAMS));
        routes.tenant("GET", "/siem/v1/alerts", ctx -> page(ctx, "alerts", ALERT_PARAMS));
    }

    private Reply page(RequestContext ctx, String stream, List<String> allowed) {
        QueryParams p = ctx.params().only(allowed);
        int cap = Math.min(1000, ctx.config().siemPageCap());
        int limit = QueryParams.checkedInt("limit", p.text("limit"), 200, 1, cap);
        SiemFeed feed = ctx.sandbox().siem();
        String tenantId = ctx.tenant().id();
        SiemFeed.SiemLog log = feed.current(tenantId, stream);
        Instant now = feed.now();
        long oldest = now.minus(SiemFeed.RETENTION).toEpochMilli();
        List<String> excluded = stream.equals("events") ? p.list("exclude_types") : List.of();
        int start;
        String cursor = p.text("cursor");
        if (cursor != null) {
            start = decode(cursor, tenantId, stream, now.toEpochMilli() - SiemFeed.RETENTION.toMillis(), log, oldest);
        } else {
            String from = p.text("from_date");
            long fromMillis = oldest;
            if (from != null) {
                long seconds = parseSeconds(from);
                if (seconds * 1000 < oldest - 60_000 || seconds * 1000 > now.toEpochMilli() + 60_000) {
                    throw SandboxException.badRequest("'from_date' must be Unix seconds within the last 24 hours, not " + from);
                }
                fromMillis = seconds * 1000;
            }
            start = log.firstAtOrAfter(Math.max(fromMillis, oldest));
        }
        int end = Math.min(log.size(), start + limit);
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("items");
        for (int i = start; i < end; i++) {
            Instant at = Instant.ofEpochMilli(log.time(i));
            String id = feed.id(tenantId, stream, i);
            ObjectNode item = stream.equals("events") ? SiemRecords.event(id, tenantId, at) : SiemRecords.alert(id, tenantId, at);
            if (!excluded.contains(item.path("type").asText())) {
                items.add(item);
            }
        }
        out.put("has_more", end < log.size());
        out.put("next_cursor", encode(tenantId, stream, end, now.toEpochMilli()));
        return Reply.ok(out);
    }

    private static long parseSeconds(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw SandboxException.badRequest("'from_date' must be Unix seconds (UTC), not '" + v + "'");
        }
    }

    /** Opaque to clients; it says where to go on and when it was issued. */
    private static String encode(String tenantId, String stream, int index, long issuedMillis) {
        String raw = tenantId + "|" + stream + "|" + index + "|" + issuedMillis;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor, String tenantId, String stream, long staleBefore, SiemFeed.SiemLog log,
                              long oldest) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            throw SandboxException.badRequest("'cursor' is not a cursor this API issued");
        }
        if (parts.length != 4 || !parts[0].equals(tenantId) || !parts[1].equals(stream)) {
            throw SandboxException.badRequest("'cursor' is not a cursor this API issued for this tenant and stream");
        }
        int index;
        long issued;
        try {
            index = Integer.parseInt(parts[2]);
            issued = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            throw SandboxException.badRequest("'cursor' is not a cursor this API issued");
        }
        int firstRetained = log.firstAtOrAfter(oldest);
        if (issued < staleBefore) {
            // Sophos: a cursor older than 24 h falls back to the last 24 h.
            return firstRetained;
        }
        return Math.min(log.size(), Math.max(index, firstRetained));
    }
}
