package io.centralbridge.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/** The default format: the enriched record as one line of compact JSON (NDJSON in files). */
@Component
class JsonFormat implements RecordFormat {

    private final ObjectMapper json;

    JsonFormat(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String format(ObjectNode record, String stream) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record cannot be written as JSON", e);
        }
    }
}
