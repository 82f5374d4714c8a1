package com.atlassian.templaterenderer;

/** Devhost plumbing: lets devhost's template renderer fail the way Atlassian's does. */
public final class DevHostRenderingExceptions {

    private DevHostRenderingExceptions() {
    }

    public static RenderingException of(String message, Throwable cause) {
        return new RenderingException(message, cause);
    }
}
