package org.journeymaps.devhost.ao;

/** An entity interface that Active Objects would refuse (name too long, reserved word, bad annotation...). */
public final class InvalidEntityException extends RuntimeException {

    InvalidEntityException(String message) {
        super(message);
    }
}
