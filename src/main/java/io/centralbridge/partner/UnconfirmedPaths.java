package io.centralbridge.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partner paths no public source confirms (sophos-api.md §17), kept in this one place of configuration
 * ({@code sophos.unconfirmed-paths}) so that a user can correct them without a code change. The sandbox serves
 * the same defaults. {@code {tenantId}} is replaced by the tenant's id.
 */
@ConfigurationProperties("sophos.unconfirmed-paths")
public record UnconfirmedPaths(@DefaultValue("/partner/v1/tenants/{tenantId}") String tenantUpdate,
                               @DefaultValue("/partner/v1/tenants/{tenantId}/products") String tenantProducts) {

    String tenantUpdate(String tenantId) {
        return tenantUpdate.replace("{tenantId}", tenantId);
    }

    String tenantProducts(String tenantId) {
        return tenantProducts.replace("{tenantId}", tenantId);
    }
}
