package org.journeymaps.devhost.ao;

public enum MapState {
    CURRENT,
    FUTURE
}
