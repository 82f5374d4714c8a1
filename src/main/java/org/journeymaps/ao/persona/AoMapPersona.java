package org.journeymaps.ao.persona;

import org.journeymaps.ao.map.AoJourneyMap;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Links a map to the personas it describes (many to many). */
// Every column listed, foreign keys included: AO's "*" leaves foreign keys out, so each row would cost a
// SELECT more when its parent is read.
@Preload({
        "mapId", "personaId"
})
@Table("MapPersona")
public interface AoMapPersona extends Entity {

    @NotNull
    AoJourneyMap getMap();

    void setMap(AoJourneyMap map);

    @NotNull
    AoPersona getPersona();

    void setPersona(AoPersona persona);
}
