package io.centralbridge.app;

import io.centralbridge.security.ApiKeyFilter;
import io.centralbridge.security.ApiKeys;
import io.centralbridge.security.CallerRateLimitFilter;
import io.centralbridge.security.LimitProperties;
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

    /** After the API key filter (it needs the caller id), before anything that could reach Sophos. */
    @Bean
    FilterRegistrationBean<CallerRateLimitFilter> callerRateLimitFilter(LimitProperties p) {
        FilterRegistrationBean<CallerRateLimitFilter> r = new FilterRegistrationBean<>(new CallerRateLimitFilter(p));
        r.addUrlPatterns("/api/*", "/mcp", "/mcp/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return r;
    }
}
