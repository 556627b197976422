package io.centralbridge.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sophos.limits.*}: how many REST and MCP requests one caller (one API key) may make, as a token bucket:
 * {@code callerRatePerSecond} tokens come back per second, up to {@code callerBurst}. 0 in either turns it off.
 */
@ConfigurationProperties("sophos.limits")
public record LimitProperties(@DefaultValue("20") double callerRatePerSecond, @DefaultValue("40") int callerBurst) {

    public boolean enabled() {
        return callerRatePerSecond > 0 && callerBurst > 0;
    }
}
