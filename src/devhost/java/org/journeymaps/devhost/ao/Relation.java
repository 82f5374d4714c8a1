package org.journeymaps.devhost.ao;

import net.java.ao.RawEntity;

/** A relation getter of an entity: it runs one query per call and returns an array. */
sealed interface Relation {

    /** The entities of {@code remoteType} whose {@code reverseGetter} refers to the owner. */
    record OneToMany(Class<? extends RawEntity<?>> remoteType, String reverseGetter, String where)
            implements Relation {
    }

    /**
     * The entities of {@code remoteType} joined through {@code throughType}: its {@code reverseGetter} refers to
     * the owner, its {@code throughGetter} to the returned entity.
     */
    record ManyToMany(
            Class<? extends RawEntity<?>> throughType,
            Class<? extends RawEntity<?>> remoteType,
            String reverseGetter,
            String throughGetter,
            String where) implements Relation {
    }
}
