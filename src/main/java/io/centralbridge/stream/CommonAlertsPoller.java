package io.centralbridge.stream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.PageResult;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosClient;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import org.springframework.stereotype.Component;

/**
 * The Common API alerts of one tenant, read as list_alerts reads them ({@code GET /common/v1/alerts},
 * key paging, cap "alerts") but oldest first from a raisedAt watermark. Each poll re-reads
 * {@code from-date-offset-minutes} before the watermark for alerts raised late; de-duplication by id drops
 * what was already delivered. The watermark is saved only after the sinks took every alert of the poll.
 */
@Component
class CommonAlertsPoller implements TenantStreamPoller {

    /** A poll reads at most this many alerts; the next poll goes on from the new watermark. */
    private static final int MAX_PER_POLL = 10_000;

    private final SophosClient client;
    private final CursorStore cursors;
    private final DeliveredIds delivered;
    private final PageDelivery delivery;
    private final StreamMetrics metrics;

    CommonAlertsPoller(SophosClient client, CursorStore cursors, DeliveredIds delivered, PageDelivery delivery,
                       StreamMetrics metrics) {
        this.client = client;
        this.cursors = cursors;
        this.delivered = delivered;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    @Override
    public String kind() {
        return "common-alerts";
    }

    @Override
    public long poll(String flowId, StreamProperties.Flow flow, Tenant tenant, String stream) {
        StreamKey key = new StreamKey(flowId, tenant.id(), stream);
        Optional<Cursor> saved = cursors.load(key);
        Instant now = Instant.now();
        Instant watermark = saved.map(c -> Instant.parse(c.position())).orElse(now.minus(flow.firstRunLookback()));
        Instant from = watermark.minusSeconds(60L * flow.fromDateOffsetMinutes());
        SophosRequest req = SophosRequest.get("/common/v1/alerts", Scope.tenant(tenant))
                .query("from", from.toString()).query("sort", "raisedAt:asc").paged(Paging.KEY, "alerts");
        PageResult pages = client.pages(req, MAX_PER_POLL);
        List<ObjectNode> records = SiemPoller.enrich(pages.items(), tenant, stream);
        metrics.read(key, records.size());
        Instant newest = watermark;
        for (ObjectNode r : records) {
            String at = r.path("raisedAt").asText(null);
            if (at != null && Instant.parse(at).isAfter(newest)) {
                newest = Instant.parse(at);
            }
        }
        PageDelivery.Delivered d = records.isEmpty() ? new PageDelivery.Delivered(List.of(), 0)
                : delivery.deliver(key, tenant, flow.format(), records);
        if (!d.ids().isEmpty()) {
            delivered.addAll(d.ids().stream().map(id -> flowId + ":" + id).toList());
        }
        cursors.save(key, new Cursor(newest.toString(), Instant.now(), records.isEmpty() ? null : newest));
        metrics.delivered(key, d.ids().size(), d.duplicates(), records.isEmpty() ? null : newest);
        metrics.success(key);
        return d.ids().size();
    }
}
