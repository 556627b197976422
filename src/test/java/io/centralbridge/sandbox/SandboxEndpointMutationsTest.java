package io.centralbridge.sandbox;

import static io.centralbridge.sandbox.CredentialKind.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Endpoints added, removed and changed through SandboxWorld show in the API's list and get answers. */
class SandboxEndpointMutationsTest {
    static Sandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().tenantCount(2).endpoints(30, 40).build());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private List<String> listedIds(SandboxTenant t) {
        List<String> ids = new ArrayList<>();
        String key = null;
        do {
            SandboxClient.Response r = client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints?pageSize=7"
                    + (key == null ? "" : "&pageFromKey=" + SandboxClient.enc(key)));
            assertThat(r.status()).isEqualTo(200);
            r.json().path("items").forEach(e -> ids.add(e.path("id").asText()));
            JsonNode next = r.json().at("/pages/nextKey");
            key = next.isMissingNode() ? null : next.asText();
        } while (key != null);
        return ids;
    }

    @Test
    void theListAndGetAnswersReflectAddedRemovedAndChangedEndpoints() {
        SandboxTenant t = sandbox.world().tenants().get(1);
        List<ObjectNode> before = sandbox.world().endpoints(t.id());
        String removed = before.get(2).path("id").asText();
        String changed = before.get(4).path("id").asText();

        ObjectNode added = sandbox.world().addEndpoint(t.id());
        assertThat(sandbox.world().removeEndpoint(t.id(), removed)).isTrue();
        assertThat(sandbox.world().removeEndpoint(t.id(), removed)).isFalse();
        ObjectNode after = sandbox.world().updateEndpoint(t.id(), changed, e -> e.put("hostname", "CHANGED-1").put("id", "x"));

        assertThat(after.path("id").asText()).isEqualTo(changed);
        List<String> ids = listedIds(t);
        assertThat(ids).hasSize(before.size()).contains(added.path("id").asText(), changed).doesNotContain(removed);
        assertThat(ids).isSorted();
        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints/" + removed).status()).isEqualTo(404);
        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints/" + changed).json().path("hostname").asText())
                .isEqualTo("CHANGED-1");
        assertThat(client.tenantGet(PARTNER, t, "/endpoint/v1/endpoints/" + added.path("id").asText() + "?view=full")
                .json()).isEqualTo(added);
        assertThatThrownBy(() -> sandbox.world().updateEndpoint(t.id(), removed, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
