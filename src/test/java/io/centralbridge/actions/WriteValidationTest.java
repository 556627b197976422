package io.centralbridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.Api;
import io.centralbridge.support.WriteAppTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Granted write tools validate before any call: a 400 naming the field, audited as invalid, nothing sent. */
class WriteValidationTest extends WriteAppTest {

    private static final String UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private void rejected(String tool, Map<String, Object> p, String field, String says) {
        sandbox.requests().clear();
        Api.Response r = api.tool(tool, p);
        assertThat(r.status()).as(tool + " " + r.text()).isEqualTo(400);
        assertThat(r.body().path("field").asText()).isEqualTo(field);
        assertThat(r.body().path("detail").asText()).contains(says);
        assertThat(sandbox.requests().all()).as("nothing sent").isEmpty();
        assertThat(lastAudit(tool).path("outcome").asText()).isEqualTo("invalid");
    }

    @Test
    void everyKindOfBadValueIsRefusedBeforeAnythingIsSent() {
        SandboxTenant t = tenant(6);
        String tid = t.id();
        rejected("create_blocked_item", Map.of("tenant_id", tid, "sha256", "abc123", "comment", "x"), "sha256", "64 hexadecimal");
        rejected("create_allowed_item", Map.of("tenant_id", tid, "item_type", "sha256", "value", "z".repeat(64),
                "comment", "x"), "value", "SHA-256");
        rejected("create_allowed_item", Map.of("tenant_id", tid, "item_type", "md5", "value", "x", "comment", "x"),
                "item_type", "sha256");
        for (String bad : List.of("10.0.0.256", "10.0.0.0/33", "2001:db8::/129", "10.0.0.9-10.0.0.1",
                "10.0.0.1-2001:db8::1", "example.com", "2001:db8:::1")) {
            rejected("create_blocked_addresses", Map.of("tenant_id", tid, "addresses", List.of("10.1.1.1", bad)),
                    "addresses[1]", bad);
        }
        rejected("create_blocked_addresses", Map.of("tenant_id", tid, "addresses", List.of()), "addresses", "empty");
        rejected("create_blocked_addresses", Map.of("tenant_id", tid, "addresses",
                Collections.nCopies(101, "10.0.0.1")), "addresses", "at most 100");
        rejected("update_endpoints_isolation", Map.of("tenant_id", tid, "enabled", true, "endpoint_ids",
                List.of("not-a-uuid")), "endpoint_ids[0]", "UUID");
        rejected("update_endpoints_isolation", Map.of("tenant_id", tid, "enabled", true, "endpoint_ids", List.of(UUID),
                "comment", "x".repeat(101)), "comment", "at most 100");
        rejected("create_scanning_exclusion", Map.of("tenant_id", tid, "value", "x", "exclusion_type", "folder"),
                "exclusion_type", "posixPath");
        rejected("update_endpoint_group", Map.of("tenant_id", tid, "group_id", UUID), "name", "nothing to change");
        rejected("update_tamper_protection", Map.of("tenant_id", tid, "endpoint_id", UUID), "enabled", "say what");
        rejected("update_tenant_product_selection", Map.of("tenant_id", tid, "products", List.of("antivirus")),
                "products[0]", "interceptX");
        rejected("update_endpoints_isolation", Map.of("enabled", true, "endpoint_ids", List.of(UUID)), "tenant_id",
                "list_tenants");
    }

    @Test
    void addressesOfEveryValidFormPassValidation() {
        for (String ok : List.of("0.0.0.0", "255.255.255.255", "::1", "2001:db8::", "fe80::1:2:3:4", "10.0.0.0/8",
                "::/0", "10.0.0.1-10.0.0.1", "2001:db8::1-2001:db8::ff")) {
            assertThat(WriteChecks.address("a", ok)).isEqualTo(ok);
        }
    }
}
