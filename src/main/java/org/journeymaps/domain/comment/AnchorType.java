package org.journeymaps.domain.comment;

/** What a comment is attached to. */
public enum AnchorType {
    MAP, STAGE, LANE, CARD, EMOTION
}
