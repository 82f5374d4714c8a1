package org.journeymaps.devhost.ao;

/**
 * What devhost's Active Objects throws when the database fails, where AO throws its runtime
 * {@code ActiveObjectsException} (SQL errors as its subclass {@code ActiveObjectsSqlException}). The app catches
 * neither, so the contracts do not declare them; like them, this is unchecked and keeps the cause.
 */
public final class DevhostAoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DevhostAoException(String message, Throwable cause) {
        super(message, cause);
    }
}
