package io.centralbridge.sink.format;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sink.RecordFormat;
import org.springframework.stereotype.Component;

/**
 * ArcSight CEF (version 0): {@code CEF:0|Sophos|Sophos Central|1.0|<type>|<title>|<severity>|<extension>}.
 * Header fields escape {@code \} and {@code |}; a header cannot span lines, so CR/LF in a header field become a
 * space (the full text is also in {@code msg}). Extension values escape {@code \}, {@code =} and CR/LF as
 * {@code \r}/{@code \n}; a pipe needs no escape there. The mapping is the README's CEF table.
 */
@Component
public class CefFormat implements RecordFormat {

    static final String VENDOR = "Sophos";
    static final String PRODUCT = "Sophos Central";
    static final String VERSION = "1.0";

    /** Neutral field -> CEF extension key; custom strings carry their label (csNLabel). */
    static final Map<String, String> KEYS = keys();
    static final Map<String, String> LABELS = labels();

    private static Map<String, String> keys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "externalId");
        m.put("time", "rt");
        m.put("description", "msg");
        m.put("category", "cat");
        m.put("host", "dhost");
        m.put("user", "suser");
        m.put("userId", "suid");
        m.put("endpointId", "deviceExternalId");
        m.put("sourceIp", "src");
        m.put("sha256", "fileHash");
        m.put("product", "deviceFacility");
        m.put("tenantId", "cs1");
        m.put("tenantName", "cs2");
        m.put("stream", "cs3");
        m.put("endpointType", "cs4");
        m.put("threat", "cs5");
        m.put("customerId", "cs6");
        m.put("groupKey", "flexString1");
        return m;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cs1", "tenantId");
        m.put("cs2", "tenantName");
        m.put("cs3", "stream");
        m.put("cs4", "endpointType");
        m.put("cs5", "threat");
        m.put("cs6", "customerId");
        m.put("flexString1", "groupKey");
        return m;
    }

    @Override
    public String name() {
        return "cef";
    }

    @Override
    public String format(ObjectNode record, String stream) {
        Map<String, String> f = RecordFields.of(record, stream);
        StringBuilder b = new StringBuilder(256).append("CEF:0|");
        header(b, VENDOR).append('|');
        header(b, PRODUCT).append('|');
        header(b, VERSION).append('|');
        header(b, f.getOrDefault("type", "unknown")).append('|');
        header(b, f.getOrDefault("title", f.getOrDefault("type", "Sophos record"))).append('|');
        b.append(RecordFields.severity(f.get("severity"))).append('|');
        boolean first = true;
        for (Map.Entry<String, String> e : extension(f).entrySet()) {
            if (!first) {
                b.append(' ');
            }
            first = false;
            b.append(e.getKey()).append('=');
            value(b, e.getValue());
        }
        return b.toString();
    }

    /** The extension this record gets, in output order: what a round-trip parse must give back. */
    static Map<String, String> extension(Map<String, String> fields) {
        Map<String, String> ext = new LinkedHashMap<>();
        KEYS.forEach((neutral, key) -> {
            String v = fields.get(neutral);
            if (v == null) {
                return;
            }
            if ("rt".equals(key)) {
                Instant at = RecordFields.instant(v);
                if (at == null) {
                    return;
                }
                v = Long.toString(at.toEpochMilli());
            }
            String label = LABELS.get(key);
            if (label != null) {
                ext.put(key + "Label", label);
            }
            ext.put(key, v);
        });
        return ext;
    }

    static StringBuilder header(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '|' -> b.append("\\|");
                case '\r', '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b;
    }

    static void value(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '=' -> b.append("\\=");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }
}
