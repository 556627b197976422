package io.centralbridge.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.PageResult;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /siem/v1/<stream>} of one tenant through the one paging helper ({@code direct:sophos.pages}, cursor
 * paging, cap "siem"), one page (limit) at a time: the page goes to every sink, then its ids are recorded as
 * delivered, then the cursor is saved. A crash anywhere before the save re-reads the page; de-duplication
 * drops what had already reached the sinks.
 */
@Component
class SiemPoller implements TenantStreamPoller {

    /** What Sophos keeps; from_date must lie within it. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** from_date is sent this much inside the 24 h, so clock skew cannot make Sophos refuse it. */
    private static final Duration EDGE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SiemPoller.class);

    private final SophosClient client;
    private final CursorStore cursors;
    private final DeliveredIds delivered;
    private final PageDelivery delivery;
    private final StreamMetrics metrics;

    private final org.apache.camel.CamelContext camel;

    SiemPoller(SophosClient client, CursorStore cursors, DeliveredIds delivered, PageDelivery delivery,
               StreamMetrics metrics, org.apache.camel.CamelContext camel) {
        this.camel = camel;
        this.client = client;
        this.cursors = cursors;
        this.delivered = delivered;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    @Override
    public String kind() {
        return "siem";
    }

    @Override
    public long poll(String flowId, StreamProperties.Flow flow, Tenant tenant, String stream) {
        StreamKey key = new StreamKey(flowId, tenant.id(), stream);
        SophosRequest base = SophosRequest.get("/siem/v1/" + stream, Scope.tenant(tenant));
        Instant now = Instant.now();
        Optional<Cursor> saved = cursors.load(key);
        String cursor = null;
        SophosRequest request = base;
        if (saved.isPresent() && saved.get().savedAt().isAfter(now.minus(RETENTION).plus(EDGE))) {
            cursor = saved.get().position();
        } else {
            Instant from = startOf(flow, now);
            if (saved.isPresent()) {
                // Sophos would fall back to 24 h anyway; say so, and count it, rather than hide the hole.
                LOG.warn("{}: cursor saved {} is older than 24 h; records between then and {} are gone, going on from {}",
                        key.asText(), saved.get().savedAt(), now.minus(RETENTION), from);
                metrics.gap(key);
            }
            request = base.query("from_date", from.getEpochSecond());
        }
        Instant newest = saved.map(Cursor::newestRecordAt).orElse(null);
        long total = 0;
        while (true) {
            PageResult page = client.pages(request.paged(Paging.CURSOR, "siem"), flow.pageLimit(), cursor);
            List<ObjectNode> records = enrich(page.items(), tenant, stream);
            metrics.read(key, records.size());
            PageDelivery.Delivered d = records.isEmpty() ? new PageDelivery.Delivered(List.of(), 0)
                    : delivery.deliver(key, tenant, flow.format(), records);
            if (!d.ids().isEmpty()) {
                delivered.addAll(d.ids().stream().map(id -> flowId + ":" + id).toList());
            }
            newest = newestOf(records, newest);
            String next = page.nextCursor() != null ? page.nextCursor() : cursor;
            if (next != null) {
                cursors.save(key, new Cursor(next, Instant.now(), newest));
            }
            metrics.delivered(key, d.ids().size(), d.duplicates(), newest);
            total += d.ids().size();
            cursor = next;
            request = base;
            boolean more = page.lastPage() != null && page.lastPage().path("has_more").asBoolean(false);
            if (!more || cursor == null) {
                metrics.success(key);
                return total;
            }
            if (camel.isStopping() || camel.isStopped()) {
                // shutting down: this page is delivered and its cursor saved; the rest waits for the next start
                LOG.info("{}: stopping after a delivered page, cursor saved", key.asText());
                return total;
            }
        }
    }

    /** First run (or a stale cursor): the configured look-back, at most 24 h, minus the late-event offset. */
    static Instant startOf(StreamProperties.Flow flow, Instant now) {
        Duration back = flow.firstRunLookback().plusMinutes(flow.fromDateOffsetMinutes());
        Instant oldest = now.minus(RETENTION).plus(EDGE);
        Instant from = now.minus(back);
        return from.isBefore(oldest) ? oldest : from;
    }

    static List<ObjectNode> enrich(List<JsonNode> items, Tenant tenant, String stream) {
        List<ObjectNode> out = new ArrayList<>(items.size());
        for (JsonNode n : items) {
            if (n instanceof ObjectNode o) {
                ObjectNode t = o.putObject("tenant").put("id", tenant.id());
                if (tenant.name() != null) {
                    t.put("name", tenant.name());
                }
                o.put("stream", stream);
                out.add(o);
            }
        }
        return out;
    }

    private static Instant newestOf(List<ObjectNode> records, Instant newest) {
        for (ObjectNode r : records) {
            String at = r.path("created_at").asText(null);
            if (at == null) {
                at = r.path("raisedAt").asText(null);
            }
            if (at != null) {
                try {
                    Instant i = Instant.parse(at);
                    newest = newest == null || i.isAfter(newest) ? i : newest;
                } catch (java.time.DateTimeException ignored) {
                    // a record without a usable time does not move the lag
                }
            }
        }
        return newest;
    }
}
