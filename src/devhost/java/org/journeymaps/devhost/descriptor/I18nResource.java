package org.journeymaps.devhost.descriptor;

/** A {@code <resource type="i18n">}: {@code location} names a properties bundle ({@code i18n/x} or {@code i18n.x}). */
public record I18nResource(String name, String location) {

    /** The bundle's base name as {@link java.util.ResourceBundle} expects it. */
    public String baseName() {
        return location.replace('/', '.');
    }
}
