package org.journeymaps.templates;

import java.util.Locale;

/** A template text in every language the app offers (those of its i18n files); English is the fallback. */
record LocalizedText(String en, String fr) {

    LocalizedText {
        requireText("en", en);
        requireText("fr", fr);
    }

    String in(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? fr : en;
    }

    private static void requireText(String language, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + language + " text is missing");
        }
    }
}
