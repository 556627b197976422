package io.centralbridge.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.centralbridge.http.Paging;
import io.centralbridge.http.Scope;
import io.centralbridge.http.SophosRequest;
import io.centralbridge.session.Tenant;
import java.util.List;
import java.util.function.Predicate;

/** Reading back the endpoint settings lists (page-based): does the item a write meant to create exist? */
final class SettingsItems {

    static final String BASE = "/endpoint/v1/settings";
    /** Read-backs stop here; a settings list longer than this is read back as "not found". */
    static final int READ_BACK_MAX = 10000;

    private SettingsItems() {
    }

    static List<JsonNode> all(WriteSupport write, Tenant t, String path, String type) {
        return write.readAll(SophosRequest.get(BASE + path, Scope.tenant(t)).query("type", type)
                .paged(Paging.PAGE, "default"), READ_BACK_MAX);
    }

    /** The answer of a create whose item was found by reading the list back; null when it is not there. */
    static ReadBack created(WriteSupport write, ObjectNode answer, List<JsonNode> items, Predicate<JsonNode> same) {
        JsonNode item = items.stream().filter(same).findFirst().orElse(null);
        if (item != null) {
            answer.set("item", item);
        }
        return new ReadBack(item != null, answer);
    }
}
