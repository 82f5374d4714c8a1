package com.atlassian.sal.api.message;

import java.util.Locale;

/** Contract of SAL's locale lookup. */
public interface LocaleResolver {

    /** The locale of the current user (the site's default for anonymous users or users without a preference). */
    Locale getLocale();
}
