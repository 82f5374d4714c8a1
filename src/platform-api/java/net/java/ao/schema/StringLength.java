package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Maximum length of a String column: at most {@link #MAX_LENGTH}, or {@link #UNLIMITED} for a CLOB/TEXT column. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StringLength {
    int MAX_LENGTH = 450;
    int UNLIMITED = -1;

    int value();
}
