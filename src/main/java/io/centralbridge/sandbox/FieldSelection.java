package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The {@code fields=a,b.c} partial response: only the named (dotted) fields, absent ones left out. */
final class FieldSelection {
    private FieldSelection() {
    }

    static ObjectNode select(ObjectNode node, List<String> fields) {
        if (fields.isEmpty()) {
            return node;
        }
        ObjectNode out = Json.object();
        for (String f : fields) {
            copy(node, out, f.split("\\."), 0);
        }
        return out;
    }

    private static void copy(ObjectNode from, ObjectNode to, String[] path, int i) {
        JsonNode v = from.get(path[i]);
        if (v == null) {
            return;
        }
        if (i == path.length - 1 || !v.isObject()) {
            if (i == path.length - 1) {
                to.set(path[i], v.deepCopy());
            }
            return;
        }
        JsonNode existing = to.get(path[i]);
        ObjectNode child = existing instanceof ObjectNode o ? o : to.putObject(path[i]);
        copy((ObjectNode) v, child, path, i + 1);
    }
}
