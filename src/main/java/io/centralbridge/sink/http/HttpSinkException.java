package io.centralbridge.sink.http;

/**
 * An HTTP sink did not take a batch. Nothing of the exchange is acknowledged: a flow that gets this must not
 * move its cursor. {@link #status()} is the HTTP status, or -1 when there was no answer (I/O error, no URL).
 */
public class HttpSinkException extends RuntimeException {

    private final int status;
    private volatile java.util.List<String> acknowledgedIds = java.util.List.of();

    public HttpSinkException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /**
     * Ids of the records of a list body that earlier batches delivered before this one failed (in order). The
     * exchange as a whole is still not acknowledged; a flow that retries it may skip these to avoid sending them
     * twice.
     */
    public java.util.List<String> acknowledgedIds() {
        return acknowledgedIds;
    }

    void acknowledgedIds(java.util.List<String> ids) {
        this.acknowledgedIds = java.util.List.copyOf(ids);
    }

    /** A 4xx answer (other than 408 and 429): the request itself is wrong, so retrying cannot help. */
    public static class Rejected extends HttpSinkException {
        public Rejected(String message, int status) {
            super(message, status, null);
        }
    }

    /** A 5xx, 408 or 429 answer: retried with backoff; thrown when the retries are spent. */
    public static class Unavailable extends HttpSinkException {
        public Unavailable(String message, int status, Throwable cause) {
            super(message, status, cause);
        }
    }
}
