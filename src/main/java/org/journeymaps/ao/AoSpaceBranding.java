package org.journeymaps.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A space's branding (model version 2). The logo lives here, Base64 in a text column, rather than as an attachment:
 * a space has no page that is sure to stay (the home page can be moved or deleted, and its attachments list would
 * show the logo to every reader as page content); AO rows are shared by every Data Center node, and 256 KB keeps
 * the row small. The logo is left out of the preload, so reading the palette never loads it.
 */
@Preload({
        "spaceKey", "enabled", "brandColour", "phase1Colour", "phase2Colour", "phase3Colour", "logoType", "editVersion"
})
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

    /** The logo's bytes in Base64; null without a logo. */
    @StringLength(StringLength.UNLIMITED)
    String getLogoData();

    void setLogoData(String base64);

    @NotNull
    long getEditVersion();

    void setEditVersion(long editVersion);
}
