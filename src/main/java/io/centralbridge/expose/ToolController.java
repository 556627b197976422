package io.centralbridge.expose;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.security.ApiKeyFilter;
import io.centralbridge.tool.Caller;
import io.centralbridge.tool.ToolAccessPolicy;
import io.centralbridge.tool.ToolCatalog;
import io.centralbridge.tool.ToolDef;
import io.centralbridge.tool.ToolException;
import io.centralbridge.tool.ToolInvoker;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST over the ToolInvoker. Bodies are read and written as text with our Jackson 2 mapper, so the JSON a tool
 * returns reaches the caller exactly as built.
 */
@RestController
class ToolController {

    private final ToolCatalog catalog;
    private final ToolInvoker invoker;
    private final ObjectMapper json;
    private final ToolAccessPolicy access;

    private final long maxBody;

    ToolController(ToolCatalog catalog, ToolInvoker invoker, ObjectMapper json, ToolAccessPolicy access,
                   @Value("${sophos.api.max-request-body:1MB}") DataSize maxBody) {
        this.maxBody = maxBody.toBytes();
        this.catalog = catalog;
        this.access = access;
        this.invoker = invoker;
        this.json = json;
    }

    @GetMapping(path = "/api/tools", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> list() throws JsonProcessingException {
        ObjectNode out = json.createObjectNode();
        ArrayNode tools = out.putArray("tools");
        for (ToolDef d : catalog.listed(access)) {
            ObjectNode t = tools.addObject();
            t.put("name", d.name());
            t.put("description", d.description());
            t.put("access", d.access().wire());
            t.put("requiredRole", d.requiredRole());
            if (d.licence() != null) {
                t.put("requiredLicence", d.licence());
            }
            t.set("inputSchema", d.inputSchema());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(out));
    }

    @PostMapping(path = "/api/tools/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> call(@PathVariable("name") String name,
                                @RequestBody(required = false) byte[] body,
                                HttpServletRequest request) throws JsonProcessingException {
        if (body != null && body.length > maxBody) {
            throw new ToolException(413, "Request too large", "the parameters may take at most " + maxBody
                    + " bytes (sophos.api.max-request-body), got " + body.length, java.util.Map.of("field", "(body)"));
        }
        JsonNode params;
        try {
            // one JSON value and nothing after it: "{}{}" or "{} x" is not a parameter object
            params = body == null || body.length == 0 ? json.createObjectNode()
                    : json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (IOException e) {
            // our wording and the position only: Jackson's own message names its classes and features
            throw ToolException.badParameter("(body)", "is not valid JSON (or is nested too deep)"
                    + (e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() : ""));
        }
        if (params == null || !params.isObject()) {
            throw ToolException.badParameter("(body)", "must be a JSON object of parameters, got "
                    + (params == null || params.isNull() ? "null" : params.getNodeType().toString().toLowerCase()));
        }
        Caller caller = new Caller(String.valueOf(request.getAttribute(ApiKeyFilter.CALLER)), "rest");
        JsonNode out = invoker.invoke(name, params, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(out));
    }
}
