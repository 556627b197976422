package io.centralbridge.http;

/** The three ways Sophos pages a list (sophos-api.md §3). */
public enum Paging {
    /** One call, no paging. */
    NONE,
    /** page=1.., pageSize, pageTotal=true; stops at pages.total or an empty page. */
    PAGE,
    /** pageFromKey / pages.nextKey; stops when nextKey is absent. */
    KEY,
    /** SIEM: cursor / next_cursor while has_more. */
    CURSOR
}
