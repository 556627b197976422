package io.centralbridge.app;

import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.security.ApiKeys;
import io.centralbridge.session.SophosConnection;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where to call and with which key, then warms whoami and the tenant directory in the background so
 * that the first tool call does not pay for them. A Sophos that is down at start does not stop the app.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 30_000;

    private final Environment env;
    private final SophosConnection connection;
    private final ApiKeys keys;
    private final SophosSession session;
    private final TenantDirectory directory;
    private final ObjectProvider<Sandbox> sandbox;

    StartupReport(Environment env, SophosConnection connection, ApiKeys keys, SophosSession session,
                  TenantDirectory directory, ObjectProvider<Sandbox> sandbox) {
        this.env = env;
        this.connection = connection;
        this.keys = keys;
        this.session = session;
        this.directory = directory;
        this.sandbox = sandbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String host = env.getProperty("server.address", "127.0.0.1");
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String base = "http://" + host + ":" + port;
        StringBuilder sb = new StringBuilder("\n");
        sb.append("Sophos Central connector is up\n");
        if (connection.sandbox()) {
            sb.append("  Mode:    SANDBOX (no SOPHOS_CLIENT_ID set): the built-in Sophos Central simulator\n");
            Sandbox s = sandbox.getIfAvailable();
            if (s != null) {
                sb.append("  Sandbox: global ").append(s.globalUrl()).append(", identity ").append(s.identityUrl()).append('\n');
            }
        } else {
            sb.append("  Mode:    Sophos Central at ").append(connection.globalUrl()).append('\n');
        }
        sb.append("  Tools:   ").append(base).append("/api/tools\n");
        sb.append("  MCP:     ").append(base).append("/mcp   (streamable HTTP, same API key)\n");
        keys.generatedKey().ifPresentOrElse(
                k -> sb.append("  API key: ").append(k).append("   (generated for this run; set SOPHOS_API_KEYS to fix it)\n")
                        .append("  Try:     curl -s -X POST -H 'Authorization: Bearer ").append(k).append("' ")
                        .append(base).append("/api/tools/list_tenants\n"),
                () -> sb.append("  API key: one of SOPHOS_API_KEYS\n"));
        // Printed, not logged: the generated key is for the person at this terminal, not for log files.
        System.out.println(sb);
        Thread warm = new Thread(this::warmUntilReachable, "sophos-warmup");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * whoami and the tenant directory, tried again with a growing pause until Sophos answers: the app
     * recovers by itself from a Sophos that was down at start, even if nobody calls a tool or /actuator/health.
     */
    private void warmUntilReachable() {
        long pause = FIRST_RETRY_MILLIS;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                session.identity();
                directory.all();
                return;
            } catch (RuntimeException e) {
                log.warn("Sophos is not reachable yet ({}); health says DOWN, next try in {} ms", e.getMessage(), pause);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stop) {
                return;
            }
            pause = Math.min(pause * 2, MAX_RETRY_MILLIS);
        }
    }
}
