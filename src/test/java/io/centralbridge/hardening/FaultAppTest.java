package io.centralbridge.hardening;

import java.time.Duration;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxConfig;
import io.centralbridge.sandbox.SandboxCredential;
import io.centralbridge.session.SophosSession;
import io.centralbridge.session.TenantDirectory;
import io.centralbridge.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one context of the hardening tests: the app with a partner credential against a sandbox of its own
 * (a 30 s latency fault leaves sandbox threads asleep; they must not log into other tests' request logs),
 * with upstream timeouts of 1.5 s and short retry waits, so that every fault ends in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FaultAppTest {

    static final String API_KEY = "hardening-api-key-0123456789";
    static final Duration UPSTREAM_TIMEOUT = Duration.ofMillis(1500);
    static final Sandbox SANDBOX = start();

    @Autowired
    Environment env;
    @Autowired
    SophosSession session;
    @Autowired
    TenantDirectory directory;

    final Sandbox sandbox = SANDBOX;
    Api api;

    private static Sandbox start() {
        Sandbox s = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        return s;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        SandboxCredential c = SANDBOX.credential(CredentialKind.PARTNER);
        r.add("sophos.client-id", c::clientId);
        r.add("sophos.client-secret", c::clientSecret);
        r.add("sophos.identity-url", SANDBOX::identityUrl);
        r.add("sophos.global-url", SANDBOX::globalUrl);
        r.add("sophos.allowed-hosts", () -> "127.0.0.1:*");
        r.add("sophos.api-keys", () -> API_KEY);
        r.add("server.port", () -> "0");
        // a Camel name of its own: its thread names (e.g. hunting-poll) tell it from the other test contexts
        r.add("camel.main.name", () -> "sophos-central-hardening");
        r.add("sophos.sync.enabled", () -> "false");
        r.add("sophos.sync.output-dir", () -> System.getProperty("java.io.tmpdir") + "/centralbridge-hardening-"
                + ProcessHandle.current().pid());
        // short timeouts: a 30 s silence must end as a 504 after about two of these
        r.add("camel.component.http.response-timeout", () -> Long.toString(UPSTREAM_TIMEOUT.toMillis()));
        r.add("camel.component.http.so-timeout", () -> Long.toString(UPSTREAM_TIMEOUT.toMillis()));
        r.add("camel.component.http.connect-timeout", () -> "1000");
        r.add("sophos.upstream.server-error-retries", () -> "2");
        r.add("sophos.upstream.rate-limit-retries", () -> "3");
        r.add("sophos.upstream.retry-after-cap", () -> "200ms");
        r.add("sophos.upstream.backoff-initial", () -> "20ms");
        r.add("sophos.upstream.backoff-max", () -> "100ms");
        // small endpoint pages: multi-page reads meet every fault and log progress
        r.add("sophos.upstream.page-caps.endpoints", () -> "20");
        r.add("sophos.hunting.poll-initial", () -> "100ms");
        r.add("sophos.hunting.poll-max", () -> "250ms");
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.faults().reset();
        session.identity();
        directory.all();
        sandbox.hunting().reset().runDuration(Duration.ofMillis(500), Duration.ofMillis(500));
        sandbox.requests().clear();
        api = new Api(Integer.parseInt(env.getProperty("local.server.port")), API_KEY);
    }
}
