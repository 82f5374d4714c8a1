package org.journeymaps.devhost.velocity;

/** A template called a method that is not allowlisted. Devhost fails loudly where Confluence logs and blocks. */
public class VelocityAllowlistException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VelocityAllowlistException(String message) {
        super(message);
    }
}
