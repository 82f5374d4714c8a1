package org.journeymaps.app.template;

import java.util.List;
import java.util.Locale;
import org.journeymaps.app.template.MapTemplate;

/** The built-in map templates, with their texts in a language (English when the locale's is not offered). */
public interface MapTemplates {

    /** Every template, in a stable order. */
    List<MapTemplate> all(Locale locale);
}
