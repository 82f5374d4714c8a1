package org.journeymaps.devhost.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/** Confluence's XSRF rule for REST: a mutation without {@code X-Atlassian-Token: no-check} is refused. */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> MUTATIONS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (MUTATIONS.contains(request.getMethod()) && !"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            ErrorJson.send(response, 403, "XSRF check failed");
            return;
        }
        chain.doFilter(request, response);
    }
}
