package io.centralbridge.support;

import io.centralbridge.sandbox.CredentialKind;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app with a partner credential against the shared partner sandbox (12 tenants over eu01, us01 and ca01). Subclasses share one Spring context. */
public abstract class PartnerAppTest extends AppAgainstSandbox {

    protected PartnerAppTest() {
        super(CredentialKind.PARTNER);
    }

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.PARTNER);
    }
}
