package io.centralbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The two error shapes of Sophos Central (sophos-api.md §1 and §14): the API gateway's
 * {@code {error, message, correlationId, requestId, createdAt, code, docUrl}} and id.sophos.com's
 * {@code {errorCode, message, trackingId}}.
 */
final class GatewayErrors {
    private static final String DOC_URL = "https://developer.sophos.com/getting-started";

    private GatewayErrors() {
    }

    static ObjectNode gateway(SandboxException e) {
        ObjectNode body = Json.object()
                .put("error", e.error())
                .put("message", e.getMessage())
                .put("correlationId", UUID.randomUUID().toString())
                .put("requestId", UUID.randomUUID().toString())
                .put("createdAt", Json.time(Instant.now()))
                .put("code", e.code() != null ? e.code() : code(e.status()));
        return body.put("docUrl", DOC_URL);
    }

    static ObjectNode identity(SandboxException e) {
        String errorCode = e.code() != null ? e.code()
                : e.status() >= 500 ? "server_error" : "oauth.invalid_request";
        return Json.object()
                .put("errorCode", errorCode)
                .put("message", e.getMessage())
                .put("trackingId", UUID.randomUUID().toString());
    }

    static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 409 -> "conflict";
            case 415 -> "unsupportedMediaType";
            case 429 -> "tooManyRequests";
            case 503 -> "serviceUnavailable";
            default -> status >= 500 ? "internalServerError" : "error";
        };
    }
}
