package io.centralbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.support.Api;
import io.centralbridge.support.PartnerAppTest;
import io.centralbridge.tool.Access;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared read context grants nothing: every write tool is absent from the catalogue agents see, answers
 * 403 naming the grant to add, sends nothing upstream, and is audited as refused.
 */
class UngrantedWriteToolsTest extends PartnerAppTest {

    static final List<String> WRITE_TOOLS = List.of("update_endpoints_isolation", "update_tamper_protection",
            "run_endpoint_scan", "run_endpoint_update_check", "create_allowed_item", "create_blocked_item",
            "create_blocked_addresses", "create_scanning_exclusion", "delete_scanning_exclusion",
            "create_endpoint_group", "update_endpoint_group", "delete_endpoint_group", "add_endpoints_to_group",
            "remove_endpoints_from_group", "update_tenant", "update_tenant_product_selection", "create_migration_job");

    @Autowired
    ToolCatalog catalog;

    @Test
    void everyWriteToolOfTheBuildIsOneOfTheIssuesTools() {
        assertThat(catalog.all().stream().filter(d -> d.access() == Access.WRITE).map(ToolDef::name))
                .containsExactlyInAnyOrderElementsOf(WRITE_TOOLS);
    }

    @Test
    void ungrantedWriteToolsAreAbsentFromTheCatalogueAndAnswer403NamingTheGrant() throws Exception {
        Api.Response list = api.get("/api/tools");
        List<String> listed = list.body().path("tools").findValuesAsText("name");
        assertThat(listed).contains("list_tenants", "get_migration_job", "list_migration_endpoints")
                .doesNotContainAnyElementsOf(WRITE_TOOLS);

        String tenant = sandbox.world().tenants().get(0).id();
        for (String tool : WRITE_TOOLS) {
            Api.Response r = api.tool(tool, validParams(tool, tenant));
            assertThat(r.status()).as(tool + ": " + r.text()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().path("grant").asText()).isEqualTo(tool);
            assertThat(r.body().path("detail").asText()).contains("'" + tool + "'").contains("SOPHOS_GRANTS");
        }
        Api.Response dry = api.tool("update_endpoints_isolation", Map.of("tenant_id", tenant, "enabled", true,
                "endpoint_ids", List.of(UUID), "dry_run", true));
        assertThat(dry.status()).as("a dry run needs the grant too").isEqualTo(403);
        assertThat(dry.body().path("grantSet").asText()).isEqualTo("containment");
        assertThat(sandbox.requests().all()).isEmpty();

        Path audit = Path.of(env.getProperty("sophos.audit.file"));
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String l : Files.readAllLines(audit)) {
            lines.add(new ObjectMapper().readTree(l));
        }
        for (String tool : WRITE_TOOLS) {
            assertThat(lines).as(tool).anyMatch(l -> tool.equals(l.path("tool").asText())
                    && "refused".equals(l.path("outcome").asText()) && l.path("status").asInt() == 403);
        }
    }

    private static final String UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String SHA = "a".repeat(64);

    private static Map<String, Object> validParams(String tool, String tenant) {
        return switch (tool) {
            case "update_endpoints_isolation" -> Map.of("tenant_id", tenant, "enabled", true, "endpoint_ids", List.of(UUID));
            case "update_tamper_protection" -> Map.of("tenant_id", tenant, "endpoint_id", UUID, "enabled", true);
            case "run_endpoint_scan", "run_endpoint_update_check" -> Map.of("tenant_id", tenant, "endpoint_id", UUID);
            case "create_allowed_item" -> Map.of("tenant_id", tenant, "item_type", "sha256", "value", SHA, "comment", "c");
            case "create_blocked_item" -> Map.of("tenant_id", tenant, "sha256", SHA, "comment", "c");
            case "create_blocked_addresses" -> Map.of("tenant_id", tenant, "addresses", List.of("10.0.0.1"));
            case "create_scanning_exclusion" -> Map.of("tenant_id", tenant, "value", "C:\\x", "exclusion_type", "path");
            case "delete_scanning_exclusion" -> Map.of("tenant_id", tenant, "exclusion_id", UUID);
            case "create_endpoint_group" -> Map.of("tenant_id", tenant, "name", "g", "group_type", "server");
            case "update_endpoint_group" -> Map.of("tenant_id", tenant, "group_id", UUID, "name", "g");
            case "delete_endpoint_group" -> Map.of("tenant_id", tenant, "group_id", UUID);
            case "add_endpoints_to_group", "remove_endpoints_from_group" -> Map.of("tenant_id", tenant, "group_id", UUID,
                    "endpoint_ids", List.of(UUID));
            case "update_tenant" -> Map.of("tenant_id", tenant, "show_as", "x");
            case "update_tenant_product_selection" -> Map.of("tenant_id", tenant, "products", List.of("xdr"));
            case "create_migration_job" -> Map.of("from_tenant_id", tenant, "to_tenant_id", UUID, "endpoint_ids", List.of(UUID));
            default -> throw new IllegalArgumentException(tool);
        };
    }
}
