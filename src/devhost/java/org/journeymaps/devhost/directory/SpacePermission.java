package org.journeymaps.devhost.directory;

/** Space permissions, named as Confluence stores them. */
public enum SpacePermission {
    VIEWSPACE,
    COMMENT,
    EDITSPACE,
    SETSPACEPERMISSIONS
}
