package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Contract of SAL's translation lookup: the text for a key, or the key itself when it is missing. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    /**
     * Every translation whose key starts with {@code prefix}, in {@code locale}, as key → unformatted pattern
     * (what the properties file holds: {@code {0}} placeholders and {@code ''} apostrophes). SAL's one-argument
     * overload uses the server's default locale, not the user's, so callers pass the user's locale.
     */
    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
