package io.centralbridge.app;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before Spring sees them (an encoded slash or traversal in the path, a
 * malformed request line): with an HTML page from its ErrorReportValve. This valve takes that one's place and
 * answers problem+json instead, with the status alone (no Tomcat message, no server info).
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer w = response.getReporter();
            if (w != null) {
                w.write("{\"type\":\"about:blank\",\"title\":\"" + (status >= 500 ? "Internal error" : "Bad request")
                        + "\",\"status\":" + status + ",\"detail\":\"the request was refused before it reached the API; "
                        + "check the path (no encoded slashes, dots or control characters)\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client has gone; nothing more to say
        }
    }

    /** Runs after Boot's own Tomcat customizer, so the valve it adds is the one replaced. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(Installer::install);
        }

        private static void install(Context context) {
            Host host = (Host) context.getParent();
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(v);
                }
            }
            if (host instanceof org.apache.catalina.core.StandardHost sh) {
                sh.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
            host.getPipeline().addValve(new ProblemReportValve());
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
