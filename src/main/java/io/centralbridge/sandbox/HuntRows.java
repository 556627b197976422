package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The rows a query "returns". The SQL is not executed: a handful of well-known hunting queries (recognised by
 * the table they read) give plausible rows derived from the tenant's endpoints, anything else a small generic
 * table. The same query over the same endpoints always gives the same rows.
 */
final class HuntRows {

    /** One recognised query: the table it reads and the columns it answers. */
    private enum Known {
        PROCESSES("processes", "name:text", "pid:integer", "path:text", "cmdline:text", "username:text"),
        LISTENING_PORTS("listening_ports", "port:integer", "protocol:text", "address:text", "process_name:text"),
        USERS("users", "username:text", "uid:integer", "description:text"),
        OS_VERSION("os_version", "name:text", "platform:text", "version:text"),
        XDR_DATA("xdr_data", "meta_hostname:text", "meta_ip_address:text", "meta_os_platform:text", "query_name:text", "count:integer"),
        GENERIC(null, "meta_hostname:text", "column:text", "value:text");

        private final String table;
        private final List<String[]> columns = new ArrayList<>();

        Known(String table, String... cols) {
            this.table = table;
            for (String c : cols) {
                columns.add(c.split(":"));
            }
        }

        static Known of(String sql) {
            String s = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (Known k : values()) {
                if (k.table != null && (s.contains("from " + k.table) || s.contains("join " + k.table))) {
                    return k;
                }
            }
            return GENERIC;
        }
    }

    private static final List<String> PROCESSES = List.of("svchost.exe", "powershell.exe", "chrome.exe", "sshd",
            "explorer.exe", "python3", "java", "cmd.exe");
    private static final List<String> PROCESS_NAMES = List.of("nginx", "sshd", "svchost.exe", "java", "postgres");

    private HuntRows() {
    }

    static ObjectNode metadata(String sql, boolean perEndpoint) {
        ArrayNode cols = Json.array();
        if (perEndpoint) {
            cols.add(Json.object().put("name", "endpointId").put("type", "text"));
        }
        for (String[] c : Known.of(sql).columns) {
            cols.add(Json.object().put("name", c[0]).put("type", c[1]));
        }
        ObjectNode m = Json.object();
        m.set("columns", cols);
        return m;
    }

    /** Data Lake rows: up to a few per endpoint over the first endpoints of the tenant. */
    static List<ObjectNode> dataLake(String sql, List<ObjectNode> endpoints) {
        List<ObjectNode> out = new ArrayList<>();
        Known k = Known.of(sql);
        int n = k == Known.GENERIC ? Math.min(5, endpoints.size()) : Math.min(endpoints.size(), 60);
        for (int i = 0; i < n; i++) {
            out.addAll(rows(k, sql, endpoints.get(i), false, k == Known.GENERIC ? 1 : 2));
        }
        return out;
    }

    /** Live Discover rows for one endpoint that answered. */
    static List<ObjectNode> liveDiscover(String sql, ObjectNode endpoint) {
        Known k = Known.of(sql);
        return rows(k, sql, endpoint, true, k == Known.GENERIC ? 1 : 3);
    }

    private static List<ObjectNode> rows(Known k, String sql, ObjectNode ep, boolean perEndpoint, int count) {
        Random r = new Random((ep.get("id").asText() + "|" + sql).hashCode());
        String host = ep.path("hostname").asText();
        String platform = ep.path("os").path("platform").asText("windows");
        String user = ep.path("associatedPerson").path("viaLogin").asText("SYSTEM");
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode row = Json.object();
            if (perEndpoint) {
                row.put("endpointId", ep.get("id").asText());
                row.put("hostname", host);
            }
            switch (k) {
                case PROCESSES -> {
                    String name = Seeds.pick(r, PROCESSES);
                    row.put("name", name).put("pid", 1000 + r.nextInt(30000))
                            .put("path", "windows".equals(platform) ? "C:\\Windows\\System32\\" + name : "/usr/bin/" + name)
                            .put("cmdline", name + (name.startsWith("powershell") ? " -NoProfile -EncodedCommand SQBFAFgA" : ""))
                            .put("username", user);
                }
                case LISTENING_PORTS -> row.put("port", List.of(22, 80, 443, 3389, 5432).get(r.nextInt(5)))
                        .put("protocol", "tcp").put("address", "0.0.0.0").put("process_name", Seeds.pick(r, PROCESS_NAMES));
                case USERS -> row.put("username", i == 0 ? user : "svc_backup" + i).put("uid", 500 + r.nextInt(2000))
                        .put("description", i == 0 ? "Associated person" : "Service account");
                case OS_VERSION -> row.put("name", ep.path("os").path("name").asText()).put("platform", platform)
                        .put("version", ep.path("os").path("majorVersion").asText() + "." + ep.path("os").path("minorVersion").asText());
                case XDR_DATA -> row.put("meta_hostname", host)
                        .put("meta_ip_address", ep.path("ipv4Addresses").path(0).asText("10.0.0.1"))
                        .put("meta_os_platform", platform).put("query_name", i == 0 ? "running_processes_windows_sophos" : "listening_ports")
                        .put("count", 1 + r.nextInt(400));
                default -> row.put("meta_hostname", host).put("column", "row" + (i + 1)).put("value", Seeds.hex(r, 4));
            }
            out.add(row);
        }
        return out;
    }
}
