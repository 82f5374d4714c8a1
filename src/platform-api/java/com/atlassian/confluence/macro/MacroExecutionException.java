package com.atlassian.confluence.macro;

/** Contract of the checked exception a macro throws; Confluence shows its message in an error box. */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
