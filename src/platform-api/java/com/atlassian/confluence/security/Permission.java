package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Contract of Confluence's permission kinds. The real class has more constants and abstract checking
 * methods; the app only names these three and passes them to {@link PermissionManager}.
 */
public abstract class Permission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") { };

    private final String name;

    Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
