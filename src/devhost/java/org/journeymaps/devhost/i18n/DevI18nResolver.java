package org.journeymaps.devhost.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import org.journeymaps.devhost.descriptor.I18nResource;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * SAL's I18nResolver over the descriptor's {@code <resource type="i18n">} bundles. The locale comes from
 * the request (a {@code ?locale=} override, else the signed-in user's language). Texts go through
 * {@link MessageFormat} ({@code {0}} arguments, {@code ''} for an apostrophe); a missing key gives the
 * key itself, as in Confluence. {@link #getAllTranslationsForPrefix} answers the raw patterns, unformatted, as
 * Confluence's does.
 */
public final class DevI18nResolver implements I18nResolver {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    private final ClassLoader classLoader;
    private final Supplier<Locale> locale;

    public DevI18nResolver(List<I18nResource> resources, ClassLoader classLoader, Supplier<Locale> locale) {
        this.baseNames = resources.stream().map(I18nResource::baseName).toList();
        this.classLoader = classLoader;
        this.locale = locale;
        for (I18nResource resource : resources) {
            try {
                bundle(resource.baseName(), Locale.ROOT);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("i18n resource '" + resource.name() + "': no bundle at "
                        + resource.location() + ".properties on the classpath", e);
            }
        }
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        Locale current = locale.get();
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, current);
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), current).format(arguments);
            }
        }
        return key;
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(locale, "locale");
        Map<String, String> translations = new HashMap<>();
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, locale);
            for (String key : bundle.keySet()) {
                if (key.startsWith(prefix)) {
                    // As in getText, the first bundle that has a key wins.
                    translations.putIfAbsent(key, bundle.getString(key));
                }
            }
        }
        return Map.copyOf(translations);
    }

    private ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, classLoader, NO_FALLBACK);
    }
}
