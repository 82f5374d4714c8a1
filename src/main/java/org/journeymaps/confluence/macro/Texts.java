package org.journeymaps.confluence.macro;

import com.atlassian.confluence.util.HtmlUtil;
import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;

/** Translated and user texts, HTML-escaped for the template. */
final class Texts {

    private final I18nResolver i18n;

    Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** A translation; its arguments are user text, so the whole result is escaped. */
    String label(String key, Serializable... args) {
        return HtmlUtil.htmlEncode(args.length == 0 ? i18n.getText(key) : i18n.getText(key, args));
    }

    /** The translation of an enum constant, e.g. {@code journeymaps.severity.HIGH}. */
    String label(String prefix, Enum<?> value) {
        return label(prefix + "." + value.name());
    }

    /** An unescaped translation, only to pass as an argument to {@link #label(String, Serializable...)}. */
    String raw(String key) {
        return i18n.getText(key);
    }

    /** An unescaped translation with arguments, for text that is escaped another way (e.g. in CSS). */
    String raw(String key, Serializable... args) {
        return i18n.getText(key, args);
    }

    static String html(String userText) {
        return userText == null ? "" : HtmlUtil.htmlEncode(userText);
    }
}
