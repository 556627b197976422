package io.centralbridge.support;

import io.centralbridge.sandbox.CredentialKind;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app with the tenant credential of the shared tenant sandbox. Subclasses share one Spring context. */
public abstract class TenantAppTest extends AppAgainstSandbox {

    protected TenantAppTest() {
        super(CredentialKind.TENANT);
    }

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.TENANT);
    }
}
