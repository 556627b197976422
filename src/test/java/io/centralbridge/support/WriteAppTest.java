package io.centralbridge.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.sandbox.CredentialKind;
import io.centralbridge.sandbox.Sandbox;
import io.centralbridge.sandbox.SandboxTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with the write tools granted, against the shared partner sandbox: ONE extra context for every write
 * test. Write tests use tenants 6 to 11, which the read tests leave alone. Everything is granted except
 * create_blocked_item, which is granted for {@link #LIMITED_TENANT} only, to show tenant-limited grants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WriteAppTest extends AppAgainstSandbox {

    public static final Path AUDIT = tempAuditFile();
    protected static final ObjectMapper JSON = new ObjectMapper();

    protected WriteAppTest() {
        super(CredentialKind.PARTNER);
    }

    @DynamicPropertySource
    static void sophos(DynamicPropertyRegistry r) {
        TestSandboxes.register(r, CredentialKind.PARTNER);
        r.add("sophos.grants", () -> "containment,tamper,groups,partner,migration,create_allowed_item,"
                + "create_blocked_addresses,create_scanning_exclusion,delete_scanning_exclusion,create_blocked_item@"
                + limitedTenant().id());
        r.add("sophos.audit.file", AUDIT::toString);
        r.add("sophos.audit.kafka-topic", () -> AuditKafkaBroker.TOPIC);
        r.add("sophos.audit.kafka-brokers", AuditKafkaBroker::brokers);
    }

    /** The one tenant create_blocked_item is granted for. */
    public static SandboxTenant limitedTenant() {
        return TestSandboxes.of(CredentialKind.PARTNER).world().tenants().get(6);
    }

    /** A tenant for write tests: index 6 to 11. */
    protected SandboxTenant tenant(int i) {
        assertThat(i).isBetween(6, 11);
        return sandbox.world().tenants().get(i);
    }

    protected static ObjectNode params(Object... kv) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        }
        return n;
    }

    /** Calls the tool with dry_run=true and checks the dry run's promise: an answer, and nothing sent. */
    protected JsonNode dryRun(String tool, ObjectNode p) {
        Api.Response r = api.tool(tool, p.deepCopy().put("dry_run", true));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().path("dryRun").asBoolean()).isTrue();
        assertThat(r.body().path("sent").asBoolean()).isFalse();
        assertThat(r.body().path("requests")).isNotEmpty();
        assertThat(sandbox.requests().all()).as("a dry run sends nothing").isEmpty();
        assertThat(r.text()).doesNotContain(sandbox.credential(CredentialKind.PARTNER).clientSecret());
        return r.body().path("requests");
    }

    /** The audit lines written for a tool, oldest first. */
    protected static List<JsonNode> auditLines(String tool) {
        try {
            List<JsonNode> out = new ArrayList<>();
            if (!Files.exists(AUDIT)) {
                return out;
            }
            for (String line : Files.readAllLines(AUDIT)) {
                JsonNode n = JSON.readTree(line);
                if (tool.equals(n.path("tool").asText())) {
                    out.add(n);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static JsonNode lastAudit(String tool) {
        List<JsonNode> lines = auditLines(tool);
        assertThat(lines).as("audit lines of " + tool).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    protected static String auditText() {
        try {
            return Files.exists(AUDIT) ? Files.readString(AUDIT) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One endpoint as list_endpoints (the read tool) shows it, or null. */
    protected JsonNode listedEndpoint(SandboxTenant t, String endpointId) {
        Api.Response r = api.tool("list_endpoints", Map.of("tenant_id", t.id()));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        for (String group : List.of("computers", "servers", "securityVms")) {
            for (JsonNode e : r.body().path(group).path("items")) {
                if (endpointId.equals(e.path("id").asText())) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Path tempAuditFile() {
        try {
            Path dir = Files.createTempDirectory("write-audit");
            dir.toFile().deleteOnExit();
            return dir.resolve("audit.jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
