package io.centralbridge.expose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The MCP SDK's servlet transport (2.0.1) answers protocol errors (no or unknown session id, a wrong Accept
 * header, a body that is not JSON-RPC) by serializing its {@code McpError} exception whole: stack trace, class
 * names and Jackson's parser message. This filter buffers only error answers (status 400 and up, written
 * synchronously by the SDK) and rewrites them as a plain JSON-RPC error with a message of our own wording;
 * successful answers and SSE streams pass through untouched.
 */
final class McpErrorBodies extends OncePerRequestFilter {

    /** A message that names a framework or shows a parser location is replaced by the generic one. */
    private static final Pattern INTERNAL = Pattern.compile(
            "Exception|java\\.|org\\.|com\\.|io\\.|reactor\\.|\\[Source|line: \\d|column: \\d|`");

    private final ObjectMapper json;

    McpErrorBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (capture.buffer != null && !request.isAsyncStarted()) {
            if (capture.writer != null) {
                capture.writer.flush();
            }
            byte[] body = sanitize(capture.status, capture.buffer.toByteArray());
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    byte[] sanitize(int status, byte[] original) throws IOException {
        JsonNode in;
        try {
            in = original.length == 0 ? json.nullNode() : json.readTree(original);
        } catch (IOException notJson) {
            in = json.nullNode();
        }
        JsonNode rpc = in.has("jsonRpcError") ? in.get("jsonRpcError") : in.path("error");
        int code = rpc.path("code").asInt(status == 404 ? -32001 : -32600);
        String message = firstLine(rpc.path("message").asText(""));
        // "Invalid message format: ..." carries Jackson's parser message or the SDK's class names after the colon
        if (message.isBlank() || message.startsWith("Invalid message format") || INTERNAL.matcher(message).find()) {
            message = generic(status, code);
        }
        ObjectNode out = json.createObjectNode();
        out.put("jsonrpc", "2.0");
        out.putNull("id");
        out.putObject("error").put("code", code).put("message", message);
        return json.writeValueAsBytes(out);
    }

    private static String generic(int status, int code) {
        if (status == 404) {
            return "unknown or expired session: initialize a new one";
        }
        if (code == -32600 || code == -32700) {
            return "invalid message: the body must be one JSON-RPC 2.0 request, notification or response";
        }
        return "the request was refused (HTTP " + status + ")";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** Passes everything through until the status says error; from then on, the body goes to a buffer. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private int status = 200;
        private ByteArrayOutputStream buffer;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            setStatus(sc);
        }

        private boolean capturing() {
            if (status >= 400 && buffer == null) {
                buffer = new ByteArrayOutputStream();
            }
            return buffer != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!capturing()) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                    // synchronous only: error answers are written before doPost returns
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!capturing()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(buffer, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (buffer == null) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            if (buffer == null && status < 400) {
                super.setContentLength(len);
            }
        }
    }
}
