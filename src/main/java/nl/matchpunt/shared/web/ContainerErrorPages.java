package nl.matchpunt.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request that Tomcat refuses before the application sees it (a request line or header beyond the
 * size allowed, a malformed address) is Dutch too: Tomcat's English error report is replaced by a short Dutch page,
 * or for the API a problem detail, with the texts of the application's own error pages. Everything the application
 * itself answers goes through {@link ErrorPagesController}.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceReportValve(context.getParent());
            }
        }));
    }

    private void replaceReportValve(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof DutchReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new DutchReport(messages));
    }

    /** Tomcat's error report, in Dutch and without any detail of the server. */
    static final class DutchReport extends ErrorReportValve {

        private final MessageSource messages;

        DutchReport(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            String title = messages.getMessage(ErrorPagesController.titleKey(status), null, WebConfiguration.DUTCH);
            String text = messages.getMessage(ErrorPagesController.textKey(status), null, WebConfiguration.DUTCH);
            String uri = request.getDecodedRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (api) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + code
                            + ",\"detail\":\"" + json(text) + "\"}");
                } else {
                    writer.write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
                            + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>"
                            + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text)
                            + "</p></main></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer was already under way: nothing more to tell it
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
