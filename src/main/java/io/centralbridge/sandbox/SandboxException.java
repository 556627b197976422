package io.centralbridge.sandbox;

/**
 * A refusal a handler throws; the server turns it into the gateway error body (or, on the identity
 * server, the {@code errorCode}/{@code trackingId} body). {@code code} is the identity {@code errorCode}
 * or the gateway {@code code}; null picks the standard one for the status.
 */
final class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String code;
    private final Integer retryAfterSeconds;
    private final java.util.Map<String, String> headers;

    SandboxException(int status, String error, String message) {
        this(status, error, message, null, null);
    }

    SandboxException(int status, String error, String message, String code, Integer retryAfterSeconds) {
        this(status, error, message, code, retryAfterSeconds, java.util.Map.of());
    }

    SandboxException(int status, String error, String message, String code, Integer retryAfterSeconds,
                     java.util.Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.headers = java.util.Map.copyOf(headers);
    }

    static SandboxException badRequest(String message) {
        return new SandboxException(400, "Bad Request", message);
    }

    static SandboxException unauthorized(String message) {
        return new SandboxException(401, "Unauthorized", message);
    }

    static SandboxException forbidden(String message) {
        return new SandboxException(403, "Forbidden", message);
    }

    static SandboxException notFound(String message) {
        return new SandboxException(404, "Not Found", message);
    }

    static SandboxException tooManyRequests(String message, int retryAfterSeconds) {
        return new SandboxException(429, "Too Many Requests", message, null, retryAfterSeconds);
    }

    /** A refusal with the standard phrase for its status, as faults answer. */
    static SandboxException ofStatus(int status, String message, Integer retryAfterSeconds) {
        return new SandboxException(status, GatewayErrors.phrase(status), message, null, retryAfterSeconds);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String code() {
        return code;
    }

    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Response headers beyond Retry-After, e.g. Allow on a 405. */
    java.util.Map<String, String> headers() {
        return headers;
    }
}
