package com.atlassian.confluence.user;

/** Devhost plumbing: binds the request's user to {@link AuthenticatedUserThreadLocal}, as Confluence's filters do. */
public final class DevHostAuthenticatedUser {

    private DevHostAuthenticatedUser() {
    }

    public static void bind(ConfluenceUser user) {
        AuthenticatedUserThreadLocal.set(user);
    }

    public static void clear() {
        AuthenticatedUserThreadLocal.reset();
    }
}
