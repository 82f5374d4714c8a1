package com.atlassian.templaterenderer;

/** Contract of the renderer's failure. Only the host throws it (package-private constructor). */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
