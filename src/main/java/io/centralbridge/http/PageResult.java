package io.centralbridge.http;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The items of all pages read, up to max_records.
 *
 * @param more       true when Sophos had more than we read (max_records reached)
 * @param nextCursor the SIEM cursor to continue from, for cursor paging
 * @param lastPage   the last raw page, for fields besides items (SIEM has_more, XDR metadata)
 */
public record PageResult(List<JsonNode> items, int pagesRead, boolean more, String nextCursor, JsonNode lastPage) {
}
