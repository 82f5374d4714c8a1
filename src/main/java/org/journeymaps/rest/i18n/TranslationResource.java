package org.journeymaps.rest.i18n;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The app's texts in the caller's language, for the front end: every {@code journeymaps.*} key with its raw
 * {@code MessageFormat} pattern ({@code {0}} placeholders, {@code ''} for an apostrophe), as in the properties files,
 * and the caller's locale under {@value #LOCALE_KEY}.
 */
@Path("/i18n")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {

    static final String PREFIX = "journeymaps.";
    /** The caller's exact locale (the files hold a default), so the front end formats numbers and dates as Java does. */
    static final String LOCALE_KEY = PREFIX + "locale";
    /** Texts change only with the app's version or the user's language: a short private cache spares reloads. */
    static final int MAX_AGE_SECONDS = 600;

    private final I18nResolver i18n;
    private final LocaleResolver locales;

    @Inject
    public TranslationResource(@ComponentImport I18nResolver i18n, @ComponentImport LocaleResolver locales) {
        this.i18n = i18n;
        this.locales = locales;
    }

    @GET
    public Response texts() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setNoTransform(false);
        Locale locale = locales.getLocale();
        Map<String, String> texts = new TreeMap<>(i18n.getAllTranslationsForPrefix(PREFIX, locale));
        texts.put(LOCALE_KEY, locale.toLanguageTag());
        return Response.ok(texts)
                .cacheControl(cache)
                .build();
    }
}
