package io.centralbridge.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Replaces the value of every field whose name says it is a secret, at any depth. */
public final class SecretRedactor {

    public static final String REDACTED = "[redacted]";
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(password|secret|token|authorization|api[_-]?key|credential).*");

    private SecretRedactor() {
    }

    public static boolean isSecret(String fieldName) {
        return SECRET.matcher(fieldName).matches();
    }

    /** A redacted copy; the input is left as it was. */
    public static JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (isSecret(e.getKey()) && !e.getValue().isBoolean()) {
                    e.setValue(o.textNode(REDACTED));
                } else {
                    walk(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(SecretRedactor::walk);
        }
    }
}
