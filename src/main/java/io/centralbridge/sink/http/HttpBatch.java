package io.centralbridge.sink.http;

/**
 * One HTTP request's worth of records, ready to send. The authorization value is kept out of
 * {@link #toString()} so that no log line or exception can carry it.
 */
record HttpBatch(String sink, String url, String authorization, String contentType, byte[] body, int records) {

    /** The URL without user info and query, which may hold credentials: safe for logs and errors. */
    String safeUrl() {
        try {
            java.net.URI u = java.net.URI.create(url);
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                    + (u.getPath() == null ? "" : u.getPath());
        } catch (IllegalArgumentException e) {
            return "(unparseable URL)";
        }
    }

    @Override
    public String toString() {
        return sink + " batch of " + records + " records to " + safeUrl();
    }
}
