package org.journeymaps.devhost.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.journeymaps.devhost.security.SignIn;

import java.io.IOException;

/** Applies an app servlet's {@link ServletAccess} before it runs: anonymous callers it does not admit sign in first. */
final class ServletAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final ServletAccess access;
    private final boolean siteAllowsAnonymous;

    ServletAccessFilter(ServletAccess access, boolean siteAllowsAnonymous) {
        this.access = access;
        this.siteAllowsAnonymous = siteAllowsAnonymous;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (AuthenticatedUserThreadLocal.get() != null || access.admitsAnonymous(siteAllowsAnonymous)) {
            chain.doFilter(request, response);
            return;
        }
        SignIn.redirectToLogin(request, response);
    }
}
