package net.java.ao;

import net.java.ao.schema.Ignore;

/** Super-interface of every entity; {@code T} is the primary key type. */
public interface RawEntity<T> {

    /** Writes the fields changed by setters in one UPDATE. */
    @Ignore
    void save();
}
