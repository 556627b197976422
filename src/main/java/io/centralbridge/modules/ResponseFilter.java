package io.centralbridge.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.centralbridge.tool.ToolException;

/**
 * {@code response_filter}: a JMESPath expression (io.burt:jmespath-jackson, which works on Jackson 2 trees)
 * that trims an answer, e.g. {@code items[].{id: id, host: hostname}}. It is compiled before anything is sent,
 * so a bad expression costs no upstream call.
 */
final class ResponseFilter {

    static final String FIELD = "response_filter";
    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

    private final String text;
    private final Expression<JsonNode> expression;

    private ResponseFilter(String text, Expression<JsonNode> expression) {
        this.text = text;
        this.expression = expression;
    }

    /** The compiled expression, or null for none; a 400 naming the expression and the parser's message. */
    static ResponseFilter compile(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new ResponseFilter(text, JMESPATH.compile(text));
        } catch (JmesPathException | IllegalArgumentException | IllegalStateException e) {
            throw bad(text, e);
        }
    }

    JsonNode apply(JsonNode input) {
        try {
            return expression.search(input);
        } catch (JmesPathException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // e.g. a function given the wrong type: the expression parsed, but cannot run on this answer
            throw bad(text, e);
        }
    }

    private static ToolException bad(String text, Exception e) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("field", FIELD);
        extra.put("expression", text);
        extra.put("parserMessage", String.valueOf(e.getMessage()));
        return new ToolException(400, "Invalid parameter", "parameter '" + FIELD + "': the JMESPath expression '"
                + ModulePath.printable(text) + "' is not valid: " + e.getMessage(), extra);
    }
}
