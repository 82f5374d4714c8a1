package org.journeymaps.devhost.security;

import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.directory.DevUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Finds who is calling, as Confluence does: HTTP Basic credentials (for scripts) or the signed-in
 * session, and binds that user to {@code AuthenticatedUserThreadLocal} for the request (anonymous:
 * none), resetting it afterwards. Wrong Basic credentials are a 401 that asks for Basic again.
 */
public final class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";

    private final transient DevDirectory directory;

    public AuthenticationFilter(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        Optional<DevUser> user;
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            user = basic(authorization.substring(BASIC.length()));
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
                if (ErrorJson.isRest(SignIn.pathInContext(request))) {
                    ErrorJson.send(response, 401, "Wrong username or password.");
                } else {
                    response.sendError(401, "Wrong username or password.");
                }
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            user = session == null ? Optional.empty() : directory.user((String) session.getAttribute(SignIn.SESSION_USER));
        }
        DevHostAuthenticatedUser.bind(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            DevHostAuthenticatedUser.clear();
        }
    }

    private Optional<DevUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : directory.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
