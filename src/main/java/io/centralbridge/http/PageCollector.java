package io.centralbridge.http;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one paging helper: page-based, key-based and SIEM cursor paging, each page through
 * {@code direct:sophos.call}, bounded by max_records and never asking for more than the list's cap.
 */
@Component
class PageCollector implements Processor {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageCollector.class);
    /** A multi-page read says how far it got every this many pages. */
    static final int PROGRESS_EVERY_PAGES = 10;

    private final ObjectProvider<ProducerTemplate> producer;
    private final UpstreamProperties properties;

    PageCollector(ObjectProvider<ProducerTemplate> producer, UpstreamProperties properties) {
        this.producer = producer;
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) {
        SophosRequest request = exchange.getMessage().getBody(SophosRequest.class);
        int max = exchange.getProperty(SophosClient.MAX_RECORDS, Integer.MAX_VALUE, Integer.class);
        String startCursor = exchange.getProperty(SophosClient.START_CURSOR, String.class);
        exchange.getMessage().setBody(collect(request, Math.max(0, max), startCursor));
    }

    PageResult collect(SophosRequest request, int max, String startCursor) {
        int cap = properties.capFor(request.capKey());
        List<JsonNode> items = new ArrayList<>();
        int pagesRead = 0;
        int page = 1;
        int totalPages = -1;
        String key = null;
        String cursor = startCursor;
        JsonNode last = null;
        while (true) {
            // Page numbers only mean something at a constant page size; keys and cursors allow a shrinking one.
            int size = request.paging() == Paging.PAGE
                    ? Math.max(1, Math.min(cap, max))
                    : Math.max(1, Math.min(cap, max - items.size()));
            SophosRequest one = switch (request.paging()) {
                case PAGE -> request.query("page", page).query("pageSize", size)
                        .query("pageTotal", page == 1 ? "true" : null);
                case KEY -> request.isRead()
                        ? request.query("pageSize", size).query("pageFromKey", key)
                        : request.withBody(bodyPage(request.body(), size, key));
                // as Sophos's own SIEM client does: once there is a cursor, from_date is dropped
                case CURSOR -> cursor == null ? request.query("limit", size)
                        : request.withoutQuery("from_date").query("limit", size).query("cursor", cursor);
                case NONE -> request;
            };
            last = call(one);
            pagesRead++;
            if (pagesRead % PROGRESS_EVERY_PAGES == 0) {
                log.info("{}: {} pages read, {} records so far", request.describe(), pagesRead, items.size());
            }
            JsonNode pageItems = last.path("items");
            int room = max - items.size();
            int taken = 0;
            for (JsonNode item : pageItems) {
                if (taken >= room) {
                    break;
                }
                items.add(item);
                taken++;
            }
            boolean cut = taken < pageItems.size();
            boolean hasNext;
            switch (request.paging()) {
                case PAGE -> {
                    JsonNode total = last.path("pages").path("total");
                    if (!total.isMissingNode()) {
                        totalPages = total.asInt();
                    }
                    hasNext = pageItems.size() > 0 && (totalPages < 0 ? pageItems.size() >= size : page < totalPages);
                    page++;
                }
                case KEY -> {
                    key = textOrNull(last.path("pages").path("nextKey"));
                    hasNext = key != null && pageItems.size() > 0;
                }
                case CURSOR -> {
                    // The cursor moves even over an empty page, so a stream never re-reads what it has seen.
                    String next = textOrNull(last.path("next_cursor"));
                    if (next != null) {
                        cursor = next;
                    }
                    hasNext = last.path("has_more").asBoolean(false);
                }
                default -> hasNext = false;
            }
            if (cut || (hasNext && items.size() >= max)) {
                return new PageResult(items, pagesRead, true, cursor, last);
            }
            if (!hasNext) {
                return new PageResult(items, pagesRead, false, cursor, last);
            }
        }
    }

    /** POST searches (alerts/search) take their key paging in the body. */
    private static JsonNode bodyPage(JsonNode body, int size, String key) {
        com.fasterxml.jackson.databind.node.ObjectNode b = body != null && body.isObject()
                ? ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        b.put("pageSize", size);
        if (key != null) {
            b.put("pageFromKey", key);
        } else {
            b.remove("pageFromKey");
        }
        return b;
    }

    private JsonNode call(SophosRequest one) {
        try {
            return producer.getObject().requestBody("direct:sophos.call", one, JsonNode.class);
        } catch (org.apache.camel.CamelExecutionException e) {
            throw SophosClient.unwrap(e);
        }
    }

    private static String textOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }
}
