package io.centralbridge.app;

import io.centralbridge.security.ApiKeyFilter;
import io.centralbridge.security.ApiKeys;
import io.centralbridge.security.SecurityProperties;
import io.centralbridge.session.SophosConnection;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ApiKeys apiKeys(SecurityProperties p, SophosConnection connection) {
        return ApiKeys.of(p.apiKeys(), connection.sandbox());
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeys keys) {
        FilterRegistrationBean<ApiKeyFilter> r = new FilterRegistrationBean<>(new ApiKeyFilter(keys));
        r.addUrlPatterns("/api/*", "/mcp", "/mcp/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }
}
