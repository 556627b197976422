package io.centralbridge.expose;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.tool.ToolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * RFC 9457 problem details for every error REST answers: the same title and detail MCP will give, and never an
 * exception class, a stack trace or a framework message.
 */
@RestControllerAdvice
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json");

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(ToolException.class)
    ResponseEntity<String> tool(ToolException e) {
        return problem(e.status(), e.title(), e.getMessage(), e);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> method(HttpRequestMethodNotSupportedException e) {
        return problem(405, "Method not allowed", "use GET /api/tools or POST /api/tools/{name}", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> media(HttpMediaTypeNotSupportedException e) {
        return problem(415, "Unsupported media type", "send the parameters as a JSON object (application/json)", null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // answered as problem+json all the same: an error must reach the caller in some form
        return problem(406, "Not acceptable", "the API answers application/json (errors: application/problem+json)",
                null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        return problemWith(400, "Invalid parameter", "parameter '(body)': the request body could not be read",
                Map.of("field", "(body)"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<String> none(NoResourceFoundException e) {
        return problem(404, "Not found", "no such path; the tools are under /api/tools", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> other(Exception e) {
        log.warn("request failed: {}", e.toString());
        return problem(500, "Internal error", "the request failed unexpectedly", null);
    }

    ResponseEntity<String> problemWith(int status, String title, String detail, Map<String, Object> extra) {
        return problem(status, title, detail, new ToolException(status, title, detail, extra));
    }

    ResponseEntity<String> problem(int status, String title, String detail, ToolException source) {
        ObjectNode p = body(json, status, title, detail, source == null ? Map.of() : source.extra());
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (Exception ex) {
            body = "{\"title\":\"Internal error\",\"status\":500}";
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(body);
    }

    /** The problem object itself; MCP sends the same one as the structured content of an isError result. */
    static ObjectNode body(ObjectMapper json, int status, String title, String detail, Map<String, Object> extra) {
        ObjectNode p = json.createObjectNode();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        extra.forEach((k, v) -> p.set(k, json.valueToTree(v)));
        return p;
    }
}
