package io.centralbridge.http;

/**
 * Sophos answered with an error status. Carries what the gateway error body said, so the caller can quote
 * the correlationId to Sophos support; never the request headers.
 */
public class SophosApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final String correlationId;
    private final String requestId;
    private final String path;
    private final String detail;

    public SophosApiException(int status, String error, String message, String correlationId, String requestId,
                              String path) {
        super("Sophos answered " + status + (error == null ? "" : " " + error)
                + (message == null || message.isBlank() ? "" : ": " + message) + " for " + path);
        this.status = status;
        this.error = error;
        this.correlationId = correlationId;
        this.requestId = requestId;
        this.path = path;
        this.detail = message;
    }

    /** The message field of the Sophos error body, if any. */
    public String detail() {
        return detail;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String correlationId() {
        return correlationId;
    }

    public String requestId() {
        return requestId;
    }

    public String path() {
        return path;
    }

    /** 429: honour Retry-After. */
    public static final class RateLimited extends SophosApiException {
        private final long retryAfterMillis;

        public RateLimited(SophosApiException e, long retryAfterMillis) {
            super(e.status(), e.error(), e.detail(), e.correlationId(), e.requestId(), e.path());
            this.retryAfterMillis = retryAfterMillis;
        }

        public long retryAfterMillis() {
            return retryAfterMillis;
        }
    }

    /** 5xx: retried with backoff for reads only. */
    public static final class ServerError extends SophosApiException {
        public ServerError(SophosApiException e) {
            super(e.status(), e.error(), e.detail(), e.correlationId(), e.requestId(), e.path());
        }
    }

    /** 401: the token is dropped and the call retried once with a new one. */
    public static final class Unauthorized extends SophosApiException {
        public Unauthorized(SophosApiException e) {
            super(e.status(), e.error(), e.detail(), e.correlationId(), e.requestId(), e.path());
        }
    }
}
