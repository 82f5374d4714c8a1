package org.journeymaps.devhost.i18n;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.journeymaps.devhost.directory.DevUser;

import java.util.Locale;

/**
 * The language of the current request: a {@code ?locale=} override if the request had one, else the
 * signed-in user's language, else English (Confluence's default).
 */
public final class RequestLocale {

    private static final ThreadLocal<Locale> OVERRIDE = new ThreadLocal<>();

    private RequestLocale() {
    }

    public static Locale current() {
        Locale override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return AuthenticatedUserThreadLocal.get() instanceof DevUser user ? user.locale() : Locale.ENGLISH;
    }

    /** Overrides the locale for this thread until {@link #clear()}; a blank or malformed tag is refused. */
    public static void override(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("locale: not a language tag: '" + languageTag + "'");
        }
        OVERRIDE.set(locale);
    }

    public static void clear() {
        OVERRIDE.remove();
    }
}
