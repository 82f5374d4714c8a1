package org.journeymaps.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

@Table("Persona")
public interface TestPersona extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    String getRole();

    void setRole(String role);
}
