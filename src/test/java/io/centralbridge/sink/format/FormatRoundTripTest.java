package io.centralbridge.sink.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** CEF and LEEF output parses back to the same fields, whatever the values hold. */
class FormatRoundTripTest {

    static final String HOSTILE = "a|b=c\\d \\=e\\|f\nline2\r\nline3\ttab = | \\ ü日本語😀 end\\";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CefFormat cef = new CefFormat();
    private final LeefFormat leef = new LeefFormat();

    static ObjectNode siemEvent(String hostile) {
        ObjectNode e = JSON.createObjectNode()
                .put("id", "ev-" + hostile)
                .put("type", "Event::Endpoint::Threat::" + hostile)
                .put("name", "Malware detected: " + hostile)
                .put("severity", "high")
                .put("group", "MALWARE " + hostile)
                .put("when", "2026-12-04T10:15:30.123Z")
                .put("created_at", "2026-12-04T10:15:31.000Z")
                .put("customer_id", "cust-1")
                .put("endpoint_id", "ep=" + hostile)
                .put("endpoint_type", "computer")
                .put("user_id", "u-1")
                .put("source", "CORP\\" + hostile)
                .put("location", "LT-" + hostile)
                .put("threat", "EICAR=" + hostile)
                .put("appSha256", "ab12");
        e.putObject("source_info").put("ip", "10.0.0.7");
        e.putObject("tenant").put("id", "t-1").put("name", "Contoso | Pharma = " + hostile);
        return e;
    }

    static ObjectNode siemAlert(String hostile) {
        ObjectNode a = JSON.createObjectNode()
                .put("id", "al-1")
                .put("type", "Event::Endpoint::CoreDetection")
                .put("description", "Alert " + hostile)
                .put("severity", "medium")
                .put("when", "2026-12-04T10:15:30Z")
                .put("location", hostile)
                .put("threat", hostile)
                .put("customer_id", "t-2");
        a.putObject("data").put("endpoint_id", "ep-9").put("endpoint_type", "server")
                .putObject("source_info").put("ip", "192.168.1.2");
        return a;
    }

    static ObjectNode commonAlert(String hostile) {
        ObjectNode a = JSON.createObjectNode()
                .put("id", "ca-1")
                .put("type", "Event::Endpoint::Application::Blocked")
                .put("description", hostile)
                .put("severity", "low")
                .put("category", "applicationControl")
                .put("product", "endpoint")
                .put("raisedAt", "2026-12-01T08:00:00.000Z")
                .put("groupKey", "gk=" + hostile);
        a.putObject("managedAgent").put("id", "ma-1").put("type", "computer");
        a.putObject("person").put("id", "p-1");
        a.putObject("tenant").put("id", "t-3").put("name", "Fabrikam");
        a.putArray("allowedActions").add("acknowledge");
        return a;
    }

    @Test
    void cefOfASiemEventParsesBackToTheSameFields() {
        ObjectNode r = siemEvent(HOSTILE);
        String line = cef.format(r, "events");

        assertThat(line).doesNotContain("\n", "\r");
        CefParser.Cef parsed = CefParser.parse(line);
        assertThat(parsed.vendor()).isEqualTo("Sophos");
        assertThat(parsed.product()).isEqualTo("Sophos Central");
        assertThat(parsed.classId()).isEqualTo("Event::Endpoint::Threat::" + HOSTILE.replaceAll("[\r\n]", " "));
        assertThat(parsed.name()).isEqualTo(("Malware detected: " + HOSTILE).replaceAll("[\r\n]", " "));
        assertThat(parsed.severity()).isEqualTo("8");
        Map<String, String> x = parsed.extension();
        assertThat(x).isEqualTo(CefFormat.extension(RecordFields.of(r, "events")));
        assertThat(x.get("externalId")).isEqualTo("ev-" + HOSTILE);
        assertThat(x.get("msg")).isEqualTo("Malware detected: " + HOSTILE);
        assertThat(x.get("dhost")).isEqualTo("LT-" + HOSTILE);
        assertThat(x.get("suser")).isEqualTo("CORP\\" + HOSTILE);
        assertThat(x.get("deviceExternalId")).isEqualTo("ep=" + HOSTILE);
        assertThat(x.get("cs5")).isEqualTo("EICAR=" + HOSTILE);
        assertThat(x.get("cs5Label")).isEqualTo("threat");
        assertThat(x.get("cs1")).isEqualTo("t-1");
        assertThat(x.get("cs2")).isEqualTo("Contoso | Pharma = " + HOSTILE);
        assertThat(x.get("cs3")).isEqualTo("events");
        assertThat(x.get("cat")).isEqualTo("MALWARE " + HOSTILE);
        assertThat(x.get("src")).isEqualTo("10.0.0.7");
        assertThat(x.get("fileHash")).isEqualTo("ab12");
        assertThat(x.get("suid")).isEqualTo("u-1");
        assertThat(x.get("cs4")).isEqualTo("computer");
        assertThat(x.get("cs6")).isEqualTo("cust-1");
        assertThat(x.get("rt")).isEqualTo(Long.toString(Instant.parse("2026-12-04T10:15:30.123Z").toEpochMilli()));
    }

    @Test
    void cefMapsSiemAlertsAndCommonAlertsFromTheirOwnFields() {
        Map<String, String> sa = CefParser.parse(cef.format(siemAlert(HOSTILE), "alerts")).extension();
        assertThat(sa.get("msg")).isEqualTo("Alert " + HOSTILE);
        assertThat(sa.get("deviceExternalId")).isEqualTo("ep-9");
        assertThat(sa.get("cs4")).isEqualTo("server");
        assertThat(sa.get("src")).isEqualTo("192.168.1.2");
        assertThat(sa.get("cs1")).isEqualTo("t-2");

        CefParser.Cef ca = CefParser.parse(cef.format(commonAlert(HOSTILE), "common-alerts"));
        assertThat(ca.severity()).isEqualTo("3");
        assertThat(ca.name()).isEqualTo(HOSTILE.replaceAll("[\r\n]", " "));
        Map<String, String> x = ca.extension();
        assertThat(x.get("msg")).isEqualTo(HOSTILE);
        assertThat(x.get("cat")).isEqualTo("applicationControl");
        assertThat(x.get("deviceFacility")).isEqualTo("endpoint");
        assertThat(x.get("deviceExternalId")).isEqualTo("ma-1");
        assertThat(x.get("suid")).isEqualTo("p-1");
        assertThat(x.get("flexString1")).isEqualTo("gk=" + HOSTILE);
        assertThat(x.get("flexString1Label")).isEqualTo("groupKey");
        assertThat(x.get("cs2")).isEqualTo("Fabrikam");
        assertThat(x.get("rt")).isEqualTo(Long.toString(Instant.parse("2026-12-01T08:00:00Z").toEpochMilli()));
    }

    @Test
    void leefOfEveryKindParsesBackToTheSameFields() {
        for (ObjectNode r : new ObjectNode[] {siemEvent(HOSTILE), siemAlert(HOSTILE), commonAlert(HOSTILE)}) {
            String line = leef.format(r, "events");
            assertThat(line).startsWith("LEEF:2.0|Sophos|Sophos Central|1.0|").doesNotContain("\n", "\r");
            LeefParser.Leef parsed = LeefParser.parse(line);
            assertThat(parsed.header().get(5)).isEqualTo("x09");
            assertThat(parsed.eventId()).isEqualTo(r.path("type").asText().replaceAll("[\r\n]", " "));
            assertThat(parsed.attributes()).isEqualTo(LeefFormat.attributes(RecordFields.of(r, "events")));
        }
        Map<String, String> ev = LeefParser.parse(leef.format(siemEvent(HOSTILE), "events")).attributes();
        assertThat(ev.get("msg")).isEqualTo("Malware detected: " + HOSTILE);
        assertThat(ev.get("identHostName")).isEqualTo("LT-" + HOSTILE);
        assertThat(ev.get("usrName")).isEqualTo("CORP\\" + HOSTILE);
        assertThat(ev.get("threat")).isEqualTo("EICAR=" + HOSTILE);
        assertThat(ev.get("tenantName")).isEqualTo("Contoso | Pharma = " + HOSTILE);
        assertThat(ev.get("sev")).isEqualTo("8");
        assertThat(ev.get("devTime")).isEqualTo("2026-12-04T10:15:30.123+0000");
        assertThat(ev.get("devTimeFormat")).isEqualTo(LeefFormat.TIME_PATTERN);
        assertThat(ev.get("stream")).isEqualTo("events");
        Map<String, String> ca = LeefParser.parse(leef.format(commonAlert(HOSTILE), "x")).attributes();
        assertThat(ca.get("groupKey")).isEqualTo("gk=" + HOSTILE);
        assertThat(ca.get("endpointId")).isEqualTo("ma-1");
        assertThat(ca.get("cat")).isEqualTo("applicationControl");
    }

    @Test
    void randomHostileValuesRoundTripInBothFormats() {
        String alphabet = "ab |=\\\n\r\t=|\\ü日😀x";
        Random r = new Random(7);
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(20);
            for (int i = 0; i < len; i++) {
                int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                b.appendCodePoint(cp);
            }
            String v = b.toString();
            ObjectNode rec = siemEvent(v);
            Map<String, String> fields = RecordFields.of(rec, "events");
            assertThat(CefParser.parse(cef.format(rec, "events")).extension())
                    .as("CEF of %s", v).isEqualTo(CefFormat.extension(fields));
            assertThat(LeefParser.parse(leef.format(rec, "events")).attributes())
                    .as("LEEF of %s", v).isEqualTo(LeefFormat.attributes(fields));
            assertThat(CefParser.parse(cef.format(rec, "events")).extension().get("msg"))
                    .isEqualTo("Malware detected: " + v);
        }
    }
}
