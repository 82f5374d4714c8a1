package org.journeymaps.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Joins maps and personas (many-to-many). */
@Table("MapPersona")
public interface TestMapPersona extends Entity {

    @NotNull
    TestMap getMap();

    void setMap(TestMap map);

    @NotNull
    TestPersona getPersona();

    void setPersona(TestPersona persona);
}
