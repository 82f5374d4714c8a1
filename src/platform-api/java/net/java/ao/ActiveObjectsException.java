package net.java.ao;

/**
 * The runtime exception of Active Objects (SQL failures surface as a subclass of it). The constructor is
 * package-private: only the host creates these.
 */
public class ActiveObjectsException extends RuntimeException {

    ActiveObjectsException(String message, Throwable cause) {
        super(message, cause);
    }
}
