package io.centralbridge.support;

import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app with the organization credential of the shared organization sandbox; subclasses share one context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class OrganizationAppTest {

    @Autowired
    protected Environment env;
    @Autowired
    protected io.centralbridge.session.SophosSession session;
    @Autowired
    protected io.centralbridge.session.TenantDirectory directory;

    protected Sandbox sandbox = TestSandboxes.of(CredentialKind.ORGANIZATION);
    protected Api api;

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.ORGANIZATION);
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
