package io.centralbridge.http;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How we treat Sophos: retries for reads, page-size caps per list. */
@ConfigurationProperties("sophos.upstream")
public record UpstreamProperties(
        @DefaultValue("5") int rateLimitRetries,
        @DefaultValue("30s") Duration retryAfterCap,
        @DefaultValue("5s") Duration retryAfterDefault,
        @DefaultValue("3") int serverErrorRetries,
        @DefaultValue("250ms") Duration backoffInitial,
        @DefaultValue("4s") Duration backoffMax,
        @DefaultValue Map<String, Integer> pageCaps) {

    private static final Map<String, Integer> DEFAULT_CAPS = Map.of(
            "alerts", 100, "directory", 100, "endpoints", 500, "tenants", 100, "siem", 1000,
            "live-discover-results", 1000, "default", 100);

    /** The largest page we ask for on that list; the sandbox answers 400 above the same caps. */
    public int capFor(String key) {
        if (key != null && pageCaps != null && pageCaps.containsKey(key)) {
            return pageCaps.get(key);
        }
        if (key != null && DEFAULT_CAPS.containsKey(key)) {
            return DEFAULT_CAPS.get(key);
        }
        if (pageCaps != null && pageCaps.containsKey("default")) {
            return pageCaps.get("default");
        }
        return DEFAULT_CAPS.get("default");
    }
}
