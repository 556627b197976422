package io.centralbridge.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One running sandbox per credential kind for the whole test JVM, so that Spring's context cache can reuse
 * the app contexts pointed at them. Tests reset faults and read the request log from their own start.
 */
public final class TestSandboxes {

    public static final String API_KEY = "test-api-key-0123456789";
    /** Where the app's inventory sync writes during tests (one folder per test JVM). */
    public static final String INVENTORY_DIR = System.getProperty("java.io.tmpdir") + "/centralbridge-inventory-"
            + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private static final Map<CredentialKind, Sandbox> RUNNING = new ConcurrentHashMap<>();

    private TestSandboxes() {
    }

    public static Sandbox of(CredentialKind kind) {
        return RUNNING.computeIfAbsent(kind, k -> {
            Sandbox s = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
            return s;
        });
    }

    /**
     * Points the app at a sandbox as if it were a real Sophos: the sandbox's URLs as SOPHOS_*_URL, one of its
     * credentials as SOPHOS_CLIENT_ID/SECRET, and its loopback ports in SOPHOS_ALLOWED_HOSTS.
     */
    public static void register(DynamicPropertyRegistry r, CredentialKind kind) {
        Sandbox s = of(kind);
        SandboxCredential c = s.credential(kind);
        r.add("sophos.client-id", c::clientId);
        r.add("sophos.client-secret", c::clientSecret);
        r.add("sophos.identity-url", s::identityUrl);
        r.add("sophos.global-url", s::globalUrl);
        r.add("sophos.allowed-hosts", () -> "127.0.0.1:*");
        r.add("sophos.api-keys", () -> API_KEY);
        r.add("server.port", () -> "0");
        // Caller rate limit (issue 8): high enough that no suite's burst of calls meets it; CallerRateLimitTest
        // has a context of its own with a low one.
        r.add("sophos.limits.caller-rate-per-second", () -> "1000");
        r.add("sophos.limits.caller-burst", () -> "2000");
        // Fast retries keep the suite quick; the policy is the same.
        r.add("sophos.upstream.backoff-initial", () -> "20ms");
        r.add("sophos.upstream.backoff-max", () -> "200ms");
        r.add("sophos.upstream.retry-after-cap", () -> "3s");
        r.add("sophos.upstream.page-caps.endpoints", () -> "100");
        // HTTP sinks (issue 3): small batches and fast retries, so the failing-sink tests see many of both.
        r.add("sophos.http-sinks.batch-size", () -> "50");
        r.add("sophos.http-sinks.max-wait", () -> "100ms");
        r.add("sophos.http-sinks.backoff-initial", () -> "10ms");
        r.add("sophos.http-sinks.backoff-max", () -> "100ms");
        r.add("sophos.http-sinks.splunk-hec.token", () -> "test-hec-token-4f2a");
        // Inventory sync (issue 3): runs only when a test triggers it, into a folder of its own.
        r.add("sophos.sync.enabled", () -> "false");
        r.add("sophos.sync.output-dir", () -> INVENTORY_DIR);
        r.add("sophos.sync.tenant-crons." + s.world().tenants().get(10).id(), () -> "0 15 4 * * ?");
    }
}
