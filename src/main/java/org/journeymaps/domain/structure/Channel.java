package org.journeymaps.domain.structure;

/** Where a touchpoint happens (cards on TOUCHPOINTS and CHANNELS lanes). */
public enum Channel {
    WEB, MOBILE_APP, EMAIL, PHONE, CHAT, STORE, SOCIAL, POST, IN_PERSON, OTHER
}
