package io.centralbridge.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** SOPHOS_API_KEYS: comma-separated caller keys. */
@ConfigurationProperties("sophos")
public record SecurityProperties(@DefaultValue List<String> apiKeys) {
}
