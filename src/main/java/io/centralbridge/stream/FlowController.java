package io.centralbridge.stream;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/flows/{id}/run}: one run of a flow now, answering tenants, records and duration. */
@RestController
class FlowController {

    private final FlowRunner runner;
    private final StreamProperties properties;

    FlowController(FlowRunner runner, StreamProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @PostMapping(path = "/api/flows/{id}/run", produces = "application/json")
    ResponseEntity<Map<String, Object>> run(@PathVariable("id") String id) {
        if (!properties.flows().containsKey(id)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", "about:blank");
            p.put("title", "Not Found");
            p.put("status", 404);
            p.put("detail", "no flow '" + id + "'; flows: " + properties.flows().keySet());
            return ResponseEntity.status(404).header("Content-Type", "application/problem+json").body(p);
        }
        FlowRunReport r = runner.run(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("flow", r.flow());
        out.put("enabled", r.enabled());
        out.put("tenants", r.tenants());
        out.put("streams", r.streams());
        out.put("records", r.records());
        out.put("failedStreams", r.failedStreams());
        out.put("durationMs", r.duration().toMillis());
        out.put("errors", r.errors());
        return ResponseEntity.ok(out);
    }
}
