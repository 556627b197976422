package io.centralbridge.expose;

import java.time.Duration;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On shutdown, before Camel and the web server wait for what is in flight: cancel every MCP tool call and close
 * every MCP session, which completes their SSE streams. A stream whose client went away would otherwise hold
 * Tomcat's graceful shutdown for its whole timeout, and a long hunting call would hold Camel's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class McpShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(McpShutdown.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final McpCalls calls;
    private final HttpServletStreamableServerTransportProvider transport;

    McpShutdown(McpCalls calls, HttpServletStreamableServerTransportProvider transport) {
        this.calls = calls;
        this.transport = transport;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        int running = calls.running();
        calls.cancelAll("the server is shutting down");
        try {
            transport.closeGracefully().block(CLOSE_WAIT);
        } catch (RuntimeException e) {
            log.debug("MCP sessions did not all close within {}: {}", CLOSE_WAIT, e.toString());
        }
        log.info("MCP closed for shutdown ({} tool call(s) cancelled)", running);
    }
}
