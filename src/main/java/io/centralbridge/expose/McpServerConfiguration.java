package io.centralbridge.expose;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The MCP server: the SDK's streamable HTTP servlet on /mcp (behind the API-key filter and the Origin check),
 * listing the granted tools of the catalogue and the tenant resources.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(McpProperties.class)
class McpServerConfiguration {

    static final String ENDPOINT = "/mcp";
    static final String INSTRUCTIONS = "Tools over the Sophos Central API (alerts, endpoints, users, health, "
            + "tenants). With a partner or organization credential, call list_tenants first: every tenant-scoped tool "
            + "needs one of its ids as tenant_id. Errors come back as tool results with isError set and a problem "
            + "object (title, status, detail, and the field at fault for a 400).";

    @Bean
    HttpServletStreamableServerTransportProvider mcpServletTransport(ObjectMapper json) {
        return HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(new JacksonMcpJsonMapper(json))
                .mcpEndpoint(ENDPOINT)
                .contextExtractor(McpToolBridge::context)
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStreamableServerTransportProvider> mcpServlet(
            HttpServletStreamableServerTransportProvider transport) {
        ServletRegistrationBean<HttpServletStreamableServerTransportProvider> r =
                new ServletRegistrationBean<>(transport, ENDPOINT);
        r.setName("mcp");
        // each tools/call answers on an SSE stream the SDK writes from other threads
        r.setAsyncSupported(true);
        r.setLoadOnStartup(1);
        return r;
    }

    @Bean
    FilterRegistrationBean<McpOriginFilter> mcpOriginFilter(McpProperties properties) {
        FilterRegistrationBean<McpOriginFilter> r =
                new FilterRegistrationBean<>(new McpOriginFilter(properties.allowedOrigins()));
        r.addUrlPatterns(ENDPOINT, ENDPOINT + "/*");
        // before the API-key filter: a page from a foreign origin learns nothing, not even 401
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        r.setAsyncSupported(true);
        return r;
    }

    @Bean
    FilterRegistrationBean<McpErrorBodies> mcpErrorBodies(ObjectMapper json) {
        FilterRegistrationBean<McpErrorBodies> r = new FilterRegistrationBean<>(new McpErrorBodies(json));
        // the SDK's servlet only: /mcp/anything else is Spring's, answered as problem+json already
        r.addUrlPatterns(ENDPOINT);
        // innermost of ours: it sees exactly what the SDK's servlet writes
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        r.setAsyncSupported(true);
        return r;
    }

    @Bean(destroyMethod = "close")
    McpAsyncServer mcpServer(HttpServletStreamableServerTransportProvider transport, McpToolBridge tools,
                             McpTenantResources tenants, McpCalls calls, ObjectMapper json) {
        return McpServer.async(new McpTransport(transport, tools, calls))
                .serverInfo("sophos-central-camel", "0.1.0")
                .instructions(INSTRUCTIONS)
                .jsonMapper(new JacksonMcpJsonMapper(json))
                // the ToolInvoker validates, with the messages REST gives; the SDK's own check would answer first
                .validateToolInputs(false)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(tools.specifications())
                .resourceTemplates(tenants.specification())
                .build();
    }
}
