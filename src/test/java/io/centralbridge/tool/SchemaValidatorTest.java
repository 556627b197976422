package io.centralbridge.tool;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode schema = Schema.object()
            .prop("id", Schema.uuid())
            .prop("kind", Schema.enumOf("a", "b"))
            .prop("n", Schema.integer(1, 10))
            .prop("ids", Schema.arrayOf(Schema.uuid(), 1, 2))
            .required("kind")
            .json();

    private ToolException reject(String params) {
        try {
            SchemaValidator.validate(schema, json.readTree(params));
        } catch (ToolException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted " + params);
    }

    @Test
    void acceptsValidParameters() throws Exception {
        SchemaValidator.validate(schema, json.readTree(
                "{\"kind\":\"a\",\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"n\":10,\"ids\":[\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"]}"));
    }

    @Test
    void namesTheFieldAndTheAllowedValues() {
        ToolException e = reject("{\"kind\":\"c\"}");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.extra()).containsEntry("field", "kind");
        assertThat(e.getMessage()).contains("'kind'").contains("[a, b]");
        assertThat(reject("{}").extra()).containsEntry("field", "kind");
        assertThat(reject("{\"kind\":\"a\",\"n\":11}").getMessage()).contains("between 1 and 10");
        assertThat(reject("{\"kind\":\"a\",\"ids\":[]}").getMessage()).contains("must not be empty");
        assertThat(reject("{\"kind\":\"a\",\"ids\":[\"x\"]}").extra()).containsEntry("field", "ids[0]");
        assertThat(reject("{\"kind\":\"a\",\"zzz\":1}").extra()).containsEntry("field", "zzz");
    }

    @Test
    void controlCharactersInEchoedValuesAreEscaped() {
        ToolException e = reject("{\"kind\":\"a\\r\\nX: y\"}");
        assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").contains("\\u000d");
    }
}
