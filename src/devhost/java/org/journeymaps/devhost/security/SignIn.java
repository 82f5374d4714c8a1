package org.journeymaps.devhost.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the signed-in user's name lives in the session, and the URLs of signing in. */
public final class SignIn {

    public static final String SESSION_USER = "devhost.signedInUser";
    public static final String LOGIN_PATH = "/login.action";
    public static final String DO_LOGIN_PATH = "/dologin.action";
    public static final String LOGOUT_PATH = "/logout.action";

    private SignIn() {
    }

    /** The request's path without the context path, e.g. {@code /rest/x/1.0/y}. */
    public static String pathInContext(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Sends the caller to sign in, coming back to the requested path and query afterwards (Seraph's redirect). */
    public static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String destination = pathInContext(request)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }

    /**
     * A destination to return to after signing in, if it is a path on this site ({@code /…}); anything
     * else (another site, {@code //host}, a scheme) could send the user away, so it is dropped.
     */
    public static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return destination;
    }
}
