package org.journeymaps.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Links a map to the personas it describes (many to many). */
@Preload
@Table("MapPersona")
public interface AoMapPersona extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AoPersona getPersona();

    void setPersona(AoPersona persona);
}
