package org.journeymaps.domain.structure;

/** Progress of an opportunity (cards on OPPORTUNITIES lanes). */
public enum OpportunityStatus {
    OPEN, IN_PROGRESS, DONE, DISMISSED
}
