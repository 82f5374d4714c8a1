package org.journeymaps.devhost.descriptor;

/** The app's descriptor declares something devhost cannot host, or is malformed. */
public class DescriptorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DescriptorException(String message) {
        super(message);
    }

    public DescriptorException(String message, Throwable cause) {
        super(message, cause);
    }
}
