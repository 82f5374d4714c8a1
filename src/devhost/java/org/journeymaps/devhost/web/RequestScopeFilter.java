package org.journeymaps.devhost.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.i18n.RequestLocale;
import org.journeymaps.devhost.security.ErrorJson;
import org.journeymaps.devhost.security.SignIn;
import org.journeymaps.devhost.webresource.DevPageBuilderService;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Per-request state the host services read: the page being built (web resources) and the language,
 * overridable with {@code ?locale=fr} (read from the query string only, so request bodies stay unread).
 */
public final class RequestScopeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient DevPageBuilderService pageBuilder;

    public RequestScopeFilter(DevPageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String locale = queryParameter(request.getQueryString(), "locale");
        try {
            if (locale != null) {
                RequestLocale.override(locale);
            }
        } catch (IllegalArgumentException badLocale) {
            if (ErrorJson.isRest(SignIn.pathInContext(request))) {
                ErrorJson.send(response, 400, badLocale.getMessage());
            } else {
                response.sendError(400, badLocale.getMessage());
            }
            return;
        }
        try (DevPageBuilderService.PageScope page = pageBuilder.openPage()) {
            chain.doFilter(request, response);
        } finally {
            RequestLocale.clear();
        }
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
