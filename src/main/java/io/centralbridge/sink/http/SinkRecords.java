package io.centralbridge.sink.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body contract of {@code direct:sink.webhook} and {@code direct:sink.splunk-hec}: a list (any
 * {@link Collection} or a JSON array) of records, or one record; a record is a Jackson {@link ObjectNode}, a
 * {@link Map} or a JSON object as text/bytes.
 */
final class SinkRecords {

    /** Records to send and whether the body was one record (so it may wait to share a batch). */
    record Body(List<ObjectNode> records, boolean single) {
    }

    private SinkRecords() {
    }

    static Body of(Object body, ObjectMapper json) {
        if (body == null) {
            return new Body(List.of(), false);
        }
        if (body instanceof Collection<?> c) {
            List<ObjectNode> out = new ArrayList<>(c.size());
            c.forEach(x -> out.add(one(x, json)));
            return new Body(out, false);
        }
        JsonNode node = body instanceof JsonNode n ? n : parse(body, json);
        if (node.isArray()) {
            List<ObjectNode> out = new ArrayList<>(node.size());
            node.forEach(x -> out.add(one(x, json)));
            return new Body(out, false);
        }
        return new Body(List.of(one(node, json)), true);
    }

    private static ObjectNode one(Object x, ObjectMapper json) {
        JsonNode n = x instanceof JsonNode j ? j : x instanceof Map<?, ?> m ? json.valueToTree(m) : parse(x, json);
        if (!n.isObject()) {
            throw new IllegalArgumentException("an HTTP sink record must be a JSON object, not " + n.getNodeType());
        }
        return (ObjectNode) n;
    }

    private static JsonNode parse(Object x, ObjectMapper json) {
        try {
            if (x instanceof byte[] b) {
                return json.readTree(b);
            }
            if (x instanceof String s) {
                return json.readTree(s);
            }
            if (x instanceof Map<?, ?> m) {
                return json.valueToTree(m);
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("an HTTP sink body must be JSON records: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("an HTTP sink body must be a list of records or one record, not "
                + x.getClass().getSimpleName());
    }
}
