package io.centralbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The write APIs' documented status codes and state, straight over the sandbox's sockets (no app). */
class SandboxWriteApisTest {
    static Sandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().noRateLimit().build());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private record R(int status, JsonNode json) {
    }

    private R send(String method, SandboxTenant t, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.apiHost() + path))
                .header("Authorization", "Bearer " + client.token(CredentialKind.PARTNER)).header("X-Tenant-ID", t.id());
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = client.sendRaw(b.build());
        return new R(r.statusCode(), r.body().isEmpty() ? null : SandboxClient.MAPPER.readTree(r.body()));
    }

    private static String endpoint(SandboxTenant t, int i) {
        return sandbox.world().endpoints(t.id()).get(i).get("id").asText();
    }

    @Test
    void isolationIs202AndShowsOnTheEndpointUnknownIdsAre404() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(0);
        String id = endpoint(t, 0);
        R r = send("POST", t, "/endpoint/v1/endpoints/isolation", "{\"enabled\":true,\"ids\":[\"" + id + "\"]}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().at("/items/0/isolation/enabled").asBoolean()).isTrue();
        assertThat(send("GET", t, "/endpoint/v1/endpoints/" + id, null).json().at("/isolation/status").asText())
                .isEqualTo("isolated");
        assertThat(send("POST", t, "/endpoint/v1/endpoints/isolation",
                "{\"enabled\":true,\"ids\":[\"00000000-0000-4000-8000-000000000000\"]}").status()).isEqualTo(404);
        assertThat(send("POST", t, "/endpoint/v1/endpoints/" + id + "/scans", "{}").status()).isEqualTo(201);
        assertThat(send("POST", t, "/endpoint/v1/endpoints/" + id + "/scans", null).status()).as("needs {}").isEqualTo(415);
        assertThat(send("POST", t, "/endpoint/v1/endpoints/" + id + "/tamper-protection", "{\"regeneratePassword\":true}")
                .json().path("previousPasswords")).hasSize(1);
    }

    @Test
    void itemsAreListedDuplicatesAre409AndADGroupsAre409() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(1);
        String body = "{\"type\":\"path\",\"properties\":{\"path\":\"C:\\\\Tools\\\\\"},\"comment\":\"ok\"}";
        assertThat(send("POST", t, "/endpoint/v1/settings/allowed-items", body).status()).isEqualTo(201);
        assertThat(send("POST", t, "/endpoint/v1/settings/allowed-items", body).status()).isEqualTo(409);
        // the created item is listed once, beside the seeded ones
        assertThat(send("GET", t, "/endpoint/v1/settings/allowed-items?pageSize=100", null).json().path("items")
                .findValuesAsText("comment").stream().filter("ok"::equals)).hasSize(1);
        JsonNode groups = send("GET", t, "/endpoint/v1/endpoint-groups?search=AD:", null).json().path("items");
        String ad = groups.get(0).path("id").asText();
        assertThat(send("DELETE", t, "/endpoint/v1/endpoint-groups/" + ad, null).status()).isEqualTo(409);
        assertThat(send("PATCH", t, "/endpoint/v1/endpoint-groups/" + ad, "{\"name\":\"x\"}").status()).isEqualTo(409);
        assertThat(send("DELETE", t, "/endpoint/v1/endpoint-groups/00000000-0000-4000-8000-000000000000", null).status())
                .isEqualTo(404);
    }

    @Test
    void failAfterApplyNextAppliesTheWriteThenAnswers500() throws Exception {
        SandboxTenant t = sandbox.world().tenants().get(2);
        sandbox.faults().failAfterApplyNext("POST", "/endpoint/v1/settings/blocked-addresses/bulk");
        R r = send("POST", t, "/endpoint/v1/settings/blocked-addresses/bulk", "{\"items\":[{\"item\":\"203.0.113.9\"}]}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().path("correlationId").asText()).isNotBlank();
        assertThat(send("GET", t, "/endpoint/v1/settings/blocked-addresses", null).json().path("items").get(0)
                .path("item").asText()).isEqualTo("203.0.113.9");
        assertThat(send("POST", t, "/endpoint/v1/settings/blocked-addresses/bulk",
                "{\"items\":[{\"item\":\"203.0.113.9\"}]}").status()).as("rule used up; now a duplicate").isEqualTo(409);
    }

    @Test
    void theMigrationHandshakeNeedsTheTokenAndMovesEndpointsOnce() throws Exception {
        SandboxTenant to = sandbox.world().tenantsIn("eu01").get(1);
        SandboxTenant from = sandbox.world().tenantsIn("us01").get(1);
        String e = endpoint(from, 0);
        R job = send("POST", to, "/endpoint/v1/migrations", "{\"fromTenant\":\"" + from.id() + "\",\"endpoints\":[\"" + e + "\"]}");
        assertThat(job.status()).isEqualTo(201);
        String id = job.json().path("id").asText();
        String token = job.json().path("token").asText();
        assertThat(send("GET", from, "/endpoint/v1/migrations/" + id, null).status()).as("not started yet").isEqualTo(404);
        assertThat(send("PUT", from, "/endpoint/v1/migrations/" + id, "{\"token\":\"wrong\",\"endpoints\":[\"" + e + "\"]}")
                .status()).isEqualTo(403);
        String start = "{\"token\":\"" + token + "\",\"endpoints\":[\"" + e + "\"]}";
        assertThat(send("PUT", to, "/endpoint/v1/migrations/" + id, start).status()).as("the receiver cannot start it")
                .isEqualTo(404);
        assertThat(send("PUT", from, "/endpoint/v1/migrations/" + id, start).status()).isEqualTo(201);
        assertThat(send("PUT", from, "/endpoint/v1/migrations/" + id, start).status()).as("already started").isEqualTo(200);
        JsonNode status = send("GET", to, "/endpoint/v1/migrations/" + id + "/endpoints", null).json().path("items").get(0);
        assertThat(status.path("status").asText()).isEqualTo("succeeded");
        assertThat(sandbox.world().endpoints(to.id())).anyMatch(x -> x.get("id").asText().equals(status.path("newId").asText()));
        assertThat(sandbox.world().endpoints(from.id())).noneMatch(x -> x.get("id").asText().equals(e));
    }
}
