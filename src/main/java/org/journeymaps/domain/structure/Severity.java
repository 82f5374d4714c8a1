package org.journeymaps.domain.structure;

/** How much a pain point hurts (cards on PAIN_POINTS lanes). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
