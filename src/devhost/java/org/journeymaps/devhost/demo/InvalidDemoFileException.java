package org.journeymaps.devhost.demo;

/** A demo file that cannot be loaded; the message names the file and the field, e.g. {@code cards[3].lane}. */
public final class InvalidDemoFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public InvalidDemoFileException(String file, String field, String reason) {
        this(file, field, reason, null);
    }

    public InvalidDemoFileException(String file, String field, String reason, Throwable cause) {
        super("Demo file " + file + ": " + field + " " + reason, cause);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
