package org.journeymaps.domain;

/** How much a pain point hurts (cards on PAIN_POINTS lanes). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
