package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Collection;

/** The sandbox's one Jackson mapper and the small tree-building helpers every API uses. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    static ObjectNode ref(String id) {
        return object().put("id", id);
    }

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Sophos writes timestamps with milliseconds, e.g. {@code 2020-11-15T13:14:39.357Z}; fixed width sorts as text. */
    static String time(Instant at) {
        return MILLIS.format(at);
    }

    static String text(JsonNode node, String pointer) {
        JsonNode n = node.at(pointer);
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
