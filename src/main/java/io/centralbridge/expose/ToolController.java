package io.centralbridge.expose;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.springframework.http.MediaType;
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

    ToolController(ToolCatalog catalog, ToolInvoker invoker, ObjectMapper json, ToolAccessPolicy access) {
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
        JsonNode params;
        try {
            params = body == null || body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw ToolException.badParameter("(body)", "is not valid JSON: "
                    + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : "unreadable"));
        }
        Caller caller = new Caller(String.valueOf(request.getAttribute(ApiKeyFilter.CALLER)), "rest");
        JsonNode out = invoker.invoke(name, params, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(out));
    }
}
