package io.centralbridge.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.support.Api;
import io.centralbridge.support.TestSandboxes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/flows/{id}/run answers what it did; the records are in the NDJSON files, enriched. */
class FlowRunApiTest extends StreamAppTest {

    @Autowired
    Environment env;

    @Test
    void aRunAnswersTenantsRecordsAndDurationAndTheFilesHoldTheRecords() throws Exception {
        freshStream(1_200);
        Api api = new Api(Integer.parseInt(env.getProperty("local.server.port")), TestSandboxes.API_KEY);

        Api.Response r = api.send("POST", "/api/flows/siem-stream/run", "");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("tenants").asInt()).isEqualTo(12);
        assertThat(r.body().path("streams").asInt()).isEqualTo(2);
        assertThat(r.body().path("records").asLong()).isEqualTo(1_200);
        assertThat(r.body().has("durationMs")).isTrue();
        assertThat(new Api(Integer.parseInt(env.getProperty("local.server.port")), "wrong-key")
                .send("POST", "/api/flows/siem-stream/run", "").status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/flows/nope/run", "").status()).isEqualTo(404);

        List<String> ids = SANDBOX.siem().ids().stream().toList();
        Path data = STATE.resolve("data");
        List<JsonNode> lines;
        try (Stream<Path> files = Files.walk(data)) {
            ObjectMapper m = new ObjectMapper();
            lines = files.filter(p -> p.toString().endsWith(".ndjson")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(l -> {
                try {
                    return m.readTree(l);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(n -> ids.contains(n.path("id").asText())).toList();
        }
        assertThat(lines).hasSize(1_200);
        assertThat(lines).allSatisfy(n -> {
            assertThat(n.at("/tenant/id").asText()).isEqualTo(n.path("customer_id").asText());
            assertThat(n.path("stream").asText()).isIn("events", "alerts");
        });
        assertThat(Files.list(data.resolve("events")).map(p -> p.getFileName().toString()))
                .allMatch(n -> n.matches("events-\\d{4}-\\d{2}-\\d{2}-\\d+\\.ndjson"));
    }
}
