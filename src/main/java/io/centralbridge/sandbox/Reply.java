package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** What a handler answers: a status and a JSON body (the sandbox always answers JSON), plus headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, body, Map.of());
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body, Map.of());
    }

    static Reply accepted(JsonNode body) {
        return new Reply(202, body, Map.of());
    }
}
