package io.centralbridge.sink.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The request bodies: a JSON array for the webhook, concatenated HEC event objects for Splunk. */
final class Payloads {

    /** A record and the stream it came from. */
    record Item(ObjectNode record, String stream) {
    }

    private Payloads() {
    }

    static byte[] webhook(List<Item> items, ObjectMapper json) {
        ArrayNode a = json.createArrayNode();
        items.forEach(i -> a.add(i.record()));
        try {
            return json.writeValueAsBytes(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splunk HEC "event" format: one {time, host?, source, sourcetype, index?, event} object per record,
     * newline-separated (HEC accepts concatenated objects). time is the record's own time in epoch seconds
     * (millisecond fraction) so that Splunk indexes it when it happened, not when it arrived.
     */
    static byte[] splunkHec(List<Item> items, HttpSinkProperties.SplunkHec hec, ObjectMapper json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(items.size() * 512);
        try {
            for (Item i : items) {
                ObjectNode ev = json.createObjectNode();
                Instant at = time(i.record());
                if (at != null) {
                    ev.put("time", BigDecimal.valueOf(at.toEpochMilli(), 3));
                }
                if (hec.host() != null && !hec.host().isBlank()) {
                    ev.put("host", hec.host());
                }
                ev.put("source", hec.source());
                ev.put("sourcetype", hec.sourcetypePrefix() + i.stream());
                if (hec.index() != null && !hec.index().isBlank()) {
                    ev.put("index", hec.index());
                }
                ev.set("event", i.record());
                out.write(json.writeValueAsBytes(ev));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** SIEM records carry "when" (and "created_at"), Common API alerts "raisedAt". */
    static Instant time(JsonNode r) {
        for (String f : new String[] {"when", "raisedAt", "created_at"}) {
            JsonNode v = r.get(f);
            if (v != null && v.isTextual()) {
                try {
                    return OffsetDateTime.parse(v.asText()).toInstant();
                } catch (DateTimeParseException ignored) {
                    // try the next field
                }
            }
        }
        return null;
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
