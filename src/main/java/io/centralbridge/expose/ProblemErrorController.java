package io.centralbridge.expose;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's /error page: whatever ends there (an unmapped path, a filter's sendError, a direct
 * GET /error) is answered as problem+json with our own wording, never Boot's timestamp/error/path map.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        if (status < 400) {
            status = 404;
        }
        return problems.problem(status, title(status), detail(status), null);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such path; the tools are under /api/tools, MCP is at /mcp";
            case 405 -> "this method is not allowed here";
            case 400 -> "the request could not be read";
            default -> status >= 500 ? "the request failed unexpectedly" : "the request was refused";
        };
    }
}
