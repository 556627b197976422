package io.centralbridge.support;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The app on a random port against one of the shared sandboxes. Each subclass (one per credential kind or set
 * of properties) adds its {@code @DynamicPropertySource}; Spring keeps one context per subclass family.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppAgainstSandbox {

    @Autowired
    protected Environment env;
    @Autowired
    protected io.centralbridge.session.SophosSession session;
    @Autowired
    protected io.centralbridge.session.TenantDirectory directory;

    protected final Sandbox sandbox;
    protected Api api;

    protected AppAgainstSandbox(CredentialKind kind) {
        this.sandbox = TestSandboxes.of(kind);
    }

    @BeforeEach
    void resetSandbox() {
        // let the start-up warm-up finish first, so its requests are not counted as a test's
        session.identity();
        directory.all();
        sandbox.faults().reset();
        sandbox.requests().clear();
        api = new Api(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);
    }
}
