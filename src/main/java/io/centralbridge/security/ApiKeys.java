package io.centralbridge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The keys callers present as {@code Authorization: Bearer <key>}. A caller is known by the key's id (a hash
 * prefix), so audit lines and logs never hold the key itself.
 */
public final class ApiKeys {

    private final List<byte[]> keys = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final String generated;

    private ApiKeys(List<String> configured, String generated) {
        for (String k : configured) {
            keys.add(k.getBytes(StandardCharsets.UTF_8));
            ids.add(idOf(k));
        }
        this.generated = generated;
    }

    /** Configured keys; none configured: a random one in sandbox mode, a refusal to start otherwise. */
    public static ApiKeys of(List<String> configured, boolean sandbox) {
        List<String> clean = configured == null ? List.of()
                : configured.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (!clean.isEmpty()) {
            return new ApiKeys(clean, null);
        }
        if (!sandbox) {
            throw new IllegalStateException("SOPHOS_API_KEYS is not set. With real Sophos credentials the API must "
                    + "be protected: set SOPHOS_API_KEYS to one or more comma-separated keys that callers will send "
                    + "as 'Authorization: Bearer <key>'.");
        }
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        String key = "sbx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return new ApiKeys(List.of(key), key);
    }

    /** The caller id of a presented key, if it is one of ours (compared in constant time). */
    public Optional<String> callerOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] p = presented.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (int i = 0; i < keys.size(); i++) {
            if (MessageDigest.isEqual(keys.get(i), p)) {
                found = ids.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The key generated for this run in sandbox mode, to print at start; empty when keys are configured. */
    public Optional<String> generatedKey() {
        return Optional.ofNullable(generated);
    }

    static String idOf(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "key-" + HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
