package io.centralbridge.expose;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;

/** The SDK's own MCP client over streamable HTTP, against the running app, as an agent would connect. */
final class McpClients {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A connected client and what it saw: the request bodies it posted and the progress it was sent. */
    record Connection(McpSyncClient client, HttpClientStreamableHttpTransport transport, List<String> posted,
                      List<McpSchema.ProgressNotification> progress) implements AutoCloseable {
        @Override
        public void close() {
            client.closeGracefully();
        }
    }

    private McpClients() {
    }

    static Connection connect(int port, String apiKey) {
        List<String> posted = new CopyOnWriteArrayList<>();
        List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                .endpoint("/mcp")
                .jsonMapper(new JacksonMcpJsonMapper(JSON))
                .httpRequestCustomizer((builder, method, uri, body, context) -> {
                    if (apiKey != null) {
                        builder.header("Authorization", "Bearer " + apiKey);
                    }
                    if (body != null) {
                        posted.add(body);
                    }
                })
                .build();
        Consumer<McpSchema.ProgressNotification> onProgress = progress::add;
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("centralbridge-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .initializationTimeout(Duration.ofSeconds(10))
                .progressConsumer(onProgress)
                .build();
        return new Connection(client, transport, posted, progress);
    }

    /** The structured content of a tool result, as JSON. */
    static JsonNode structured(McpSchema.CallToolResult r) {
        return JSON.valueToTree(r.structuredContent());
    }

    /** The first text content of a tool result. */
    static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }
}
