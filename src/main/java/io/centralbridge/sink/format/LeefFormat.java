package io.centralbridge.sink.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sink.RecordFormat;
import org.springframework.stereotype.Component;

/**
 * IBM QRadar LEEF 2.0 with a tab delimiter: {@code LEEF:2.0|Sophos|Sophos Central|1.0|<type>|x09|k=v<TAB>k=v}.
 * Header fields escape {@code \} and {@code |} (CR/LF become a space). Attribute values escape {@code \}, the tab
 * delimiter ({@code \t}) and CR/LF ({@code \r}, {@code \n}); {@code =} needs no escape because a key ends at the
 * first {@code =} of its attribute. The mapping is the README's LEEF table.
 */
@Component
public class LeefFormat implements RecordFormat {

    /** devTime's pattern, given to QRadar in devTimeFormat (a Java SimpleDateFormat pattern). */
    static final String TIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(TIME_PATTERN).withZone(ZoneOffset.UTC);

    static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("time", "devTime");
        m.put("severity", "sev");
        m.put("category", "cat");
        m.put("id", "externalId");
        m.put("title", "name");
        m.put("description", "msg");
        m.put("host", "identHostName");
        m.put("user", "usrName");
        m.put("userId", "userId");
        m.put("endpointId", "endpointId");
        m.put("endpointType", "endpointType");
        m.put("sourceIp", "src");
        m.put("sha256", "fileHash");
        m.put("threat", "threat");
        m.put("product", "product");
        m.put("groupKey", "groupKey");
        m.put("customerId", "customerId");
        m.put("tenantId", "tenantId");
        m.put("tenantName", "tenantName");
        m.put("stream", "stream");
        return m;
    }

    @Override
    public String name() {
        return "leef";
    }

    @Override
    public String format(ObjectNode record, String stream) {
        Map<String, String> f = RecordFields.of(record, stream);
        StringBuilder b = new StringBuilder(256).append("LEEF:2.0|");
        CefFormat.header(b, CefFormat.VENDOR).append('|');
        CefFormat.header(b, CefFormat.PRODUCT).append('|');
        CefFormat.header(b, CefFormat.VERSION).append('|');
        CefFormat.header(b, f.getOrDefault("type", "unknown")).append('|');
        b.append("x09|");
        boolean first = true;
        for (Map.Entry<String, String> e : attributes(f).entrySet()) {
            if (!first) {
                b.append('\t');
            }
            first = false;
            b.append(e.getKey()).append('=');
            value(b, e.getValue());
        }
        return b.toString();
    }

    /** The attributes this record gets, in output order: what a round-trip parse must give back. */
    static Map<String, String> attributes(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        KEYS.forEach((neutral, key) -> {
            String v = fields.get(neutral);
            if (v == null && !"severity".equals(neutral)) {
                return;
            }
            if ("devTime".equals(key)) {
                Instant at = RecordFields.instant(v);
                if (at == null) {
                    return;
                }
                out.put("devTime", TIME.format(at));
                out.put("devTimeFormat", TIME_PATTERN);
                return;
            }
            out.put(key, "sev".equals(key) ? Integer.toString(Math.max(1, RecordFields.severity(v))) : v);
        });
        return out;
    }

    private static void value(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }
}
