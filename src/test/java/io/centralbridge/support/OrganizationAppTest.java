package io.centralbridge.support;

import io.centralbridge.sandbox.CredentialKind;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app with the organization credential of the shared organization sandbox. Subclasses share one Spring context. */
public abstract class OrganizationAppTest extends AppAgainstSandbox {

    protected OrganizationAppTest() {
        super(CredentialKind.ORGANIZATION);
    }

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.ORGANIZATION);
    }
}
