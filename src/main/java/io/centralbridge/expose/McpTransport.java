package io.centralbridge.expose;

import java.util.List;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerSession;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import reactor.core.publisher.Mono;

/**
 * The SDK's servlet transport, with every session it opens wrapped in an {@link McpSession}: SDK 2.0.1 has no
 * hook for {@code notifications/cancelled} nor for tools/call of an unlisted tool, and this is the one place
 * both pass through.
 */
final class McpTransport implements McpStreamableServerTransportProvider {

    private final HttpServletStreamableServerTransportProvider servlet;
    private final McpToolBridge tools;
    private final McpCalls calls;

    McpTransport(HttpServletStreamableServerTransportProvider servlet, McpToolBridge tools, McpCalls calls) {
        this.servlet = servlet;
        this.tools = tools;
        this.calls = calls;
    }

    @Override
    public void setSessionFactory(McpStreamableServerSession.Factory factory) {
        servlet.setSessionFactory(request -> {
            McpStreamableServerSession.McpStreamableServerSessionInit init = factory.startSession(request);
            return new McpStreamableServerSession.McpStreamableServerSessionInit(
                    new McpSession(init.session(), request, tools, calls), init.initResult());
        });
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return servlet.notifyClients(method, params);
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return servlet.notifyClient(sessionId, method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return servlet.closeGracefully();
    }

    @Override
    public void close() {
        servlet.close();
    }

    @Override
    public List<String> protocolVersions() {
        return servlet.protocolVersions();
    }
}
