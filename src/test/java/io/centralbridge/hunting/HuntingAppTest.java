package io.centralbridge.hunting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.sandbox.HuntingKnobs;
import io.centralbridge.sandbox.RecordedRequest;
import io.centralbridge.sandbox.SandboxTenant;
import io.centralbridge.support.PartnerAppTest;
import org.junit.jupiter.api.BeforeEach;

/** The shared partner app, with sandbox runs shortened to one second so that every lifecycle test is quick. */
abstract class HuntingAppTest extends PartnerAppTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void shortRuns() {
        sandbox.hunting().reset().runDuration(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    HuntingKnobs hunting() {
        return sandbox.hunting();
    }

    SandboxTenant tenant(int i) {
        return sandbox.world().tenants().get(i);
    }

    List<RecordedRequest> requests(String method, String prefix) {
        return sandbox.requests().matching(method, prefix);
    }

    static JsonNode body(RecordedRequest r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
