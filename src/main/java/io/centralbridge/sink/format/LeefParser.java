package io.centralbridge.sink.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a LEEF 1.0 or 2.0 line back into its header and attributes, undoing {@link LeefFormat}'s escaping.
 * LEEF 2.0 names its delimiter in the sixth header field ({@code x09}, {@code 0x09} or the character itself);
 * LEEF 1.0 always uses a tab.
 */
public final class LeefParser {

    /** A parsed LEEF line; header is version, vendor, product, version, event id (and delimiter for 2.0). */
    public record Leef(List<String> header, Map<String, String> attributes) {
        public String eventId() {
            return header.get(4);
        }
    }

    private LeefParser() {
    }

    public static Leef parse(String line) {
        if (!line.startsWith("LEEF:")) {
            throw new IllegalArgumentException("not a LEEF line");
        }
        boolean v2 = line.startsWith("LEEF:2");
        int fields = v2 ? 6 : 5;
        List<String> header = new ArrayList<>(fields);
        StringBuilder cur = new StringBuilder();
        int i = 0;
        for (; i < line.length() && header.size() < fields; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == '|') {
                header.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (header.size() < fields) {
            throw new IllegalArgumentException("a LEEF header has " + fields + " fields, this one " + header.size());
        }
        header.set(0, header.get(0).substring("LEEF:".length()));
        char delimiter = v2 ? delimiter(header.get(5)) : '\t';
        return new Leef(header, attributes(line.substring(i), delimiter));
    }

    static char delimiter(String spec) {
        if (spec.isEmpty()) {
            return '\t';
        }
        String hex = spec.startsWith("0x") || spec.startsWith("0X") ? spec.substring(2)
                : spec.startsWith("x") || spec.startsWith("X") ? spec.substring(1) : null;
        return hex != null && !hex.isEmpty() ? (char) Integer.parseInt(hex, 16) : spec.charAt(0);
    }

    static Map<String, String> attributes(String s, char delimiter) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder attr = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : delimiter;
            if (c == '\\' && i + 1 < s.length()) {
                attr.append(c).append(s.charAt(++i)); // kept escaped until the attribute is split at its '='
            } else if (c == delimiter) {
                put(out, attr.toString());
                attr.setLength(0);
            } else {
                attr.append(c);
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, String attr) {
        int eq = attr.indexOf('=');
        if (eq > 0) {
            out.put(attr.substring(0, eq), unescape(attr.substring(eq + 1)));
        }
    }

    static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
