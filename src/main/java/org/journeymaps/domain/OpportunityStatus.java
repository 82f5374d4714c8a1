package org.journeymaps.domain;

/** Progress of an opportunity (cards on OPPORTUNITIES lanes). */
public enum OpportunityStatus {
    OPEN, IN_PROGRESS, DONE, DISMISSED
}
