package org.journeymaps.domain.structure;

/** An element kept in an order: stages and lanes within a map, cards within a cell. */
public interface Positioned<T extends Positioned<T>> {
    long id();

    int position();

    T withPosition(int position);
}
