package org.journeymaps.devhost.descriptor;

/**
 * A {@code <web-item>} in a section devhost shows: {@code system.space.tools/addons}, the "Apps" links of a space's
 * tools, shown to the space's administrators when the item carries Confluence's
 * {@code SpacePermissionCondition} with {@code permission=administer}. {@code link} may name the space key as
 * Confluence's web-item links do, {@code $generalUtil.urlEncode($helper.spaceKey)}.
 */
public record WebItemModule(String key, String section, int weight, String labelKey, String link,
                            boolean spaceAdminsOnly) {

    public static final String SPACE_TOOLS_APPS = "system.space.tools/addons";
    public static final String SPACE_KEY_VARIABLE = "$generalUtil.urlEncode($helper.spaceKey)";

    /** The link for {@code spaceKey}, encoded as {@code generalUtil.urlEncode} would. */
    public String linkFor(String spaceKey) {
        return link.replace(SPACE_KEY_VARIABLE, java.net.URLEncoder.encode(spaceKey, java.nio.charset.StandardCharsets.UTF_8));
    }
}
