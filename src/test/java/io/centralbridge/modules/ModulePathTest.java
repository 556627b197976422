package io.centralbridge.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.centralbridge.tool.ToolException;
import org.junit.jupiter.api.Test;

class ModulePathTest {

    @Test
    void realSophosPathsStayBelowTheirBase() {
        assertThat(ModulePath.confine("/endpoint/v1", "endpoints")).isEqualTo("/endpoint/v1/endpoints");
        assertThat(ModulePath.confine("/endpoint/v1", "/endpoint-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/endpoints"))
                .isEqualTo("/endpoint/v1/endpoint-groups/3fa85f64-5717-4562-b3fc-2c963f66afa6/endpoints");
        assertThat(ModulePath.confine("/endpoint/v1",
                "policies/p1/settings/endpoint.threat-protection.malware-protection.deep-learning.enabled"))
                .endsWith("/settings/endpoint.threat-protection.malware-protection.deep-learning.enabled");
        assertThat(ModulePath.confine("/partner/v1", "billing/usage/2026/11/")).isEqualTo("/partner/v1/billing/usage/2026/11");
        assertThat(ModulePath.confine("/audit/v1", "events")).isEqualTo("/audit/v1/events");
    }

    @Test
    void everyRefusalNamesThePathParameter() {
        for (String bad : List.of("..", "a/../b", "%2e%2e", "a\\b", "a?b", "a#b", "http://x", "//x", "a\r\nb", "a//b",
                "a/./b", "x@y", "x:1", "\u2025")) {
            assertThatThrownBy(() -> ModulePath.confine("/endpoint/v1", bad)).as(bad)
                    .isInstanceOfSatisfying(ToolException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.extra()).containsEntry("field", "path");
                    });
        }
    }

    @Test
    void doubleEncodingIsShownDecoded() {
        assertThatThrownBy(() -> ModulePath.confine("/endpoint/v1", "%252e%252e%252fpartner"))
                .hasMessageContaining("decodes to '../partner'");
    }
}
