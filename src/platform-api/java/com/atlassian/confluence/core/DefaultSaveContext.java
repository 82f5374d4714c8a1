package com.atlassian.confluence.core;

/** Contract: the host's save contexts; only the one the app uses. */
public final class DefaultSaveContext implements SaveContext {

    /** Save without notifying watchers, recording the current user as last modifier. */
    public static final SaveContext SUPPRESS_NOTIFICATIONS = new DefaultSaveContext();

    private DefaultSaveContext() {
    }
}
