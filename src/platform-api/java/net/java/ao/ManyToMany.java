package net.java.ao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An array getter filled through the joining entity {@link #value()}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ManyToMany {
    /** The joining entity type. */
    Class<? extends RawEntity<?>> value();

    /** Getter of the joining entity that refers to the annotated entity. */
    String reverse() default "";

    /** Getter of the joining entity that refers to the returned entities. */
    String through() default "";

    /** Extra SQL condition on the joining rows. */
    String where() default "";
}
