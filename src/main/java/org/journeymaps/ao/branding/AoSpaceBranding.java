package org.journeymaps.ao.branding;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A space's branding (model version 2): its palette and the type of its logo, whose bytes live in
 * {@link AoSpaceLogo}, so that rendering a map never reads them.
 */
@Preload("*")
@Table("SpaceBranding")
public interface AoSpaceBranding extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    boolean isEnabled();

    void setEnabled(boolean enabled);

    @NotNull
    String getBrandColour();

    void setBrandColour(String colour);

    @NotNull
    String getPhase1Colour();

    void setPhase1Colour(String colour);

    @NotNull
    String getPhase2Colour();

    void setPhase2Colour(String colour);

    @NotNull
    String getPhase3Colour();

    void setPhase3Colour(String colour);

    /** The logo's media type; null without a logo. */
    String getLogoType();

    void setLogoType(String mediaType);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
