package com.atlassian.confluence.user;

/**
 * Contract of Confluence's holder of the user making the current request ({@code null} = anonymous).
 * Confluence's {@code set}/{@code reset} are public; the app never calls them, so here they are
 * package-private plumbing for the host (devhost binds the user per request).
 */
public final class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    private AuthenticatedUserThreadLocal() {
    }

    public static ConfluenceUser get() {
        return CURRENT.get();
    }

    static void set(ConfluenceUser user) {
        CURRENT.set(user);
    }

    static void reset() {
        CURRENT.remove();
    }
}
