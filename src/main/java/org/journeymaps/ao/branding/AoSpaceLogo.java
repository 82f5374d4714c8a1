package org.journeymaps.ao.branding;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A space's logo (model version 2), Base64 in a text column. Kept in AO rather than as an attachment: a space has
 * no page that is sure to stay (its home page can be moved or deleted, and an attachment would show in the page's
 * attachments as content); AO rows are shared by every Data Center node, and 256 KB keeps the row small.
 */
@Preload("*")
@Table("SpaceLogo")
public interface AoSpaceLogo extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getMediaType();

    void setMediaType(String mediaType);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getData();

    void setData(String base64);
}
