package io.centralbridge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolGrantsTest {

    private static final List<String> WRITES = List.of("update_endpoints_isolation", "run_endpoint_scan",
            "run_endpoint_update_check", "create_blocked_item", "update_tenant");
    private static final String T1 = "11111111-1111-4111-8111-111111111111";
    private static final String T2 = "22222222-2222-4222-8222-222222222222";

    @Test
    void namesSetsAndTenantLimitsCombine() {
        ToolGrants g = ToolGrants.parse(List.of("containment", " create_blocked_item@" + T1 + "|" + T2.toUpperCase(),
                "update_tenant@" + T1, "update_tenant"), WRITES);
        assertThat(g.grantedTools()).containsExactlyInAnyOrder("update_endpoints_isolation", "run_endpoint_scan",
                "run_endpoint_update_check", "create_blocked_item", "update_tenant");
        assertThat(g.limit("create_blocked_item")).contains(Set.of(T1, T2));
        assertThat(g.limit("update_tenant")).as("an unlimited grant wins").isEmpty();
        assertThat(g.limit("run_endpoint_scan")).isEmpty();
        assertThat(ToolGrants.parse(List.of("all"), WRITES).grantedTools()).containsExactlyInAnyOrderElementsOf(WRITES);
        assertThat(ToolGrants.parse(List.of(), WRITES).grantedTools()).isEmpty();
    }

    @Test
    void aTypoStopsTheStartInsteadOfSilentlyGrantingNothing() {
        assertThatThrownBy(() -> ToolGrants.parse(List.of("containmnet"), WRITES))
                .hasMessageContaining("containmnet").hasMessageContaining("containment");
        assertThatThrownBy(() -> ToolGrants.parse(List.of("update_tenant@acme"), WRITES)).hasMessageContaining("acme");
    }

    @Test
    void secretsAreRedactedAtAnyDepth() throws Exception {
        var n = new ObjectMapper().readTree("{\"a\":1,\"password\":\"p\",\"x\":{\"token\":\"t\",\"list\":[{\"client_secret\":\"s\"}]},"
                + "\"regenerate_password\":true}");
        String out = SecretRedactor.redact(n).toString();
        assertThat(out).doesNotContain("\"p\"").doesNotContain("\"t\"").doesNotContain("\"s\"").contains("[redacted]")
                .contains("\"regenerate_password\":true");
        assertThat(n.path("password").asText()).as("input untouched").isEqualTo("p");
    }
}
