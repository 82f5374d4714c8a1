package org.journeymaps.devhost.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpStatus;
import org.journeymaps.devhost.security.ErrorJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

import static com.atlassian.confluence.util.HtmlUtil.htmlEncode;

/**
 * Every error page: JSON in the app's error shape under {@code /rest/}, a plain page elsewhere. Never a
 * stack trace; a server error's details go to the log only.
 */
final class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/devhost/error";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (failure instanceof Throwable throwable) {
            LOG.error("Request {} failed", uri, throwable);
        }
        String message = message(status, (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
        if (ErrorJson.isRest(uri.substring(Math.min(request.getContextPath().length(), uri.length())))) {
            ErrorJson.send(response, status, message);
            return;
        }
        response.setStatus(status);
        Responses.html(response, "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>" + htmlEncode(message)
                + " - Confluence</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + StylesheetServlet.PATH
                + "\"></head>\n<body><main class=\"dh-main\"><h1 id=\"title-text\">" + htmlEncode(message) + "</h1>"
                + "<p><a href=\"" + request.getContextPath() + "/\">Go to the dashboard</a></p></main></body>\n</html>\n");
    }

    private static String message(int status, String given) {
        if (status >= 500 || given == null || given.isBlank()) {
            return HttpStatus.getMessage(status);
        }
        return given;
    }
}
