package org.journeymaps.ao.persona;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A persona of a space's library, shared by the maps of that space. */
@Preload
@Table("Persona")
public interface AoPersona extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();

    void setName(String name);

    String getPersonaRole();

    void setPersonaRole(String personaRole);

    @StringLength(StringLength.UNLIMITED)
    String getQuote();

    void setQuote(String quote);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    @StringLength(StringLength.UNLIMITED)
    String getNeeds();

    void setNeeds(String needs);

    @StringLength(StringLength.UNLIMITED)
    String getPains();

    void setPains(String pains);

    @StringLength(7)
    String getColor();

    void setColor(String color);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);

    /** The persona's links to the maps it appears on. */
    @OneToMany(reverse = "getPersona")
    AoMapPersona[] getMapLinks();
}
