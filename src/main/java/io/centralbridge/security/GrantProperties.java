package io.centralbridge.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SOPHOS_GRANTS: the write tools this instance may run, comma-separated: a tool name, a named set
 * (containment, tamper, lists, groups, partner, migration, all), either one limited to tenants with
 * {@code @tenantId|tenantId}.
 */
@ConfigurationProperties("sophos")
public record GrantProperties(@DefaultValue List<String> grants) {
}
