package io.centralbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The access tokens the identity server handed out. Each keeps the lifetime it was issued with, so
 * shortening the lifetime through {@link Faults#tokenLifetime} affects only later tokens.
 */
final class IssuedTokens {
    /** A token and when it stops working. */
    record Issued(String accessToken, String refreshToken, SandboxCredential credential, Instant expiresAt, int lifetimeSeconds) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    Issued issue(SandboxCredential credential, int lifetimeSeconds) {
        Instant now = Instant.now();
        Instant expires = now.plusSeconds(lifetimeSeconds);
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(("{\"sub\":\"" + credential.clientId() + "\",\"iss\":\"sandbox\",\"iat\":"
                + now.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond() + ",\"jti\":\"" + hex(8) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        String token = header + "." + payload + "." + B64.encodeToString(signature);
        Issued i = new Issued(token, hex(32), credential, expires, lifetimeSeconds);
        tokens.put(token, i);
        issued.incrementAndGet();
        return i;
    }

    /** The credential behind a token that is known and not expired, else null. */
    SandboxCredential valid(String token) {
        Issued i = tokens.get(token);
        if (i == null) {
            return null;
        }
        if (!Instant.now().isBefore(i.expiresAt())) {
            tokens.remove(token);
            return null;
        }
        return i.credential();
    }

    /** Forgets every token: each one answers 401 from now on (Faults#revokeTokens). */
    void revokeAll() {
        tokens.clear();
    }

    int count() {
        return issued.get();
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}
