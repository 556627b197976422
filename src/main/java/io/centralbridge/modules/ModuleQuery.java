package io.centralbridge.modules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.tool.ToolException;

/**
 * Turns {@code query_params} into query parameters of a GET. Values are strings, numbers, booleans or
 * arrays of those (joined with commas, as Sophos takes {@code ids=a,b}); they are URL-encoded by the one
 * upstream exit. Names that ask a server to treat the GET as another method are refused, as are controls.
 */
final class ModuleQuery {

    static final String FIELD = "query_params";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-\\[\\]]{0,63}");
    /** Names by which frameworks let a query parameter override the HTTP method. */
    private static final Set<String> METHOD_OVERRIDES = Set.of("_method", "method", "x-http-method-override",
            "x-http-method", "x-method-override", "_httpmethod", "httpmethod");
    /** What follow_pages sets itself; a caller's own value would fight the paging helper. */
    static final Set<String> PAGING = Set.of("page", "pageSize", "pageFromKey");
    private static final int MAX_VALUE = 2000;

    private ModuleQuery() {
    }

    static SophosRequest apply(SophosRequest request, JsonNode params, boolean followPages) {
        if (params == null || params.isNull()) {
            return request;
        }
        if (!params.isObject()) {
            throw ToolException.badParameter(FIELD, "must be a JSON object of name -> value");
        }
        SophosRequest out = request;
        Iterator<Map.Entry<String, JsonNode>> it = params.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            checkName(name);
            if (followPages && PAGING.contains(name)) {
                throw ToolException.badParameter(FIELD + "." + name, "is set by follow_pages itself; drop it, "
                        + "or call without follow_pages to read one page", List.copyOf(PAGING));
            }
            out = out.query(name, value(name, e.getValue()));
        }
        return out;
    }

    private static void checkName(String name) {
        String low = name.toLowerCase(Locale.ROOT);
        if (METHOD_OVERRIDES.contains(low) || low.contains("method-override") || low.contains("method_override")) {
            throw ToolException.badParameter(FIELD, "the name '" + ModulePath.printable(name) + "' asks for a "
                    + "method override; module tools only ever send GET");
        }
        if (!NAME.matcher(name).matches()) {
            throw ToolException.badParameter(FIELD, "the name '" + ModulePath.printable(name) + "' is not a Sophos "
                    + "query parameter name (a letter, then letters, digits, '.', '_', '-', '[' or ']', at most 64)");
        }
    }

    private static Object value(String name, JsonNode v) {
        String field = FIELD + "." + name;
        if (v.isArray()) {
            if (v.isEmpty()) {
                throw ToolException.badParameter(field, "must not be an empty array; leave the parameter out");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.isNull()) {
                    throw ToolException.badParameter(field, "array items must be strings, numbers or booleans");
                }
                items.add(text(field, item));
            }
            return items;
        }
        if (!v.isValueNode() || v.isNull()) {
            throw ToolException.badParameter(field, "must be a string, number, boolean or an array of those");
        }
        return text(field, v);
    }

    private static String text(String field, JsonNode v) {
        String s = v.asText();
        if (v.isTextual() && s.isEmpty()) {
            throw ToolException.badParameter(field, "must not be empty; leave the parameter out");
        }
        if (s.length() > MAX_VALUE) {
            throw ToolException.badParameter(field, "must be at most " + MAX_VALUE + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw ToolException.badParameter(field, "contains a control character (U+"
                        + String.format("%04X", (int) c) + "); CR, LF, NUL and other controls are never sent");
            }
        }
        return s;
    }
}
