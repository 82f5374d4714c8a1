package org.journeymaps.devhost.i18n;

import com.atlassian.sal.api.message.LocaleResolver;

import java.util.Locale;

/** SAL's LocaleResolver: the current request's language (see {@link RequestLocale}). */
public final class DevLocaleResolver implements LocaleResolver {

    @Override
    public Locale getLocale() {
        return RequestLocale.current();
    }
}
