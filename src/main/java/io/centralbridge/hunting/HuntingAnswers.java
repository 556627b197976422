package io.centralbridge.hunting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.centralbridge.http.PageResult;

/** Bits of answer the tools share. */
final class HuntingAnswers {

    private HuntingAnswers() {
    }

    /** The metadata.columns [{name, type}] of XDR and Live Discover results; empty when Sophos sent none. */
    static JsonNode columns(PageResult pages, ObjectMapper json) {
        JsonNode c = pages.lastPage() == null ? null : pages.lastPage().path("metadata").path("columns");
        return c != null && c.isArray() ? c.deepCopy() : json.createArrayNode();
    }
}
