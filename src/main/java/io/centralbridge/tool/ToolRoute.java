package io.centralbridge.tool;

/** A RouteBuilder that defines {@code direct:tool.<name>} and says what the tool is. */
public interface ToolRoute {
    ToolDef definition();
}
