package net.java.ao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An array getter filled with the entities whose {@link #reverse()} getter points back at this one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OneToMany {
    /** Name of the getter in the returned entity type that refers back to this entity. */
    String reverse() default "";

    /** Extra SQL condition on the returned entities. */
    String where() default "";
}
