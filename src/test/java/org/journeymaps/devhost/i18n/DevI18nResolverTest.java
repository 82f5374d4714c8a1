package org.journeymaps.devhost.i18n;

import org.journeymaps.devhost.descriptor.I18nResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevI18nResolverTest {

    private final AtomicReference<Locale> locale = new AtomicReference<>(Locale.ENGLISH);
    private final DevI18nResolver resolver = new DevI18nResolver(
            List.of(new I18nResource("i18n", "devhost-fixtures/i18n/sample")), getClass().getClassLoader(), locale::get);

    @Test
    void getText_shouldFormatArgumentsInTheRequestLocale() {
        assertThat(resolver.getText("sample.greeting", "Alice")).isEqualTo("Hello Alice");
        locale.set(Locale.FRENCH);
        assertThat(resolver.getText("sample.greeting", "Alice")).isEqualTo("Bonjour Alice");
        assertThat(resolver.getText("sample.title")).isEqualTo("Cartes de parcours");
    }

    @Test
    void getText_shouldFallBackToTheBaseBundleForKeysALocaleLacks() {
        locale.set(Locale.FRENCH);
        assertThat(resolver.getText("sample.english.only")).isEqualTo("Only in English");
    }

    @Test
    void getText_shouldNotFallBackToTheJvmDefaultLocale() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(resolver.getText("sample.title")).isEqualTo("Journey maps");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    void getText_shouldTreatDoubledApostrophesAsMessageFormatDoes() {
        assertThat(resolver.getText("sample.apostrophe", "Bob")).isEqualTo("It's Bob's map");
    }

    @Test
    void getText_shouldAnswerTheKeyItselfWhenMissing() {
        assertThat(resolver.getText("sample.missing")).isEqualTo("sample.missing");
        assertThat(resolver.getText("sample.missing", "x")).isEqualTo("sample.missing");
    }

    @Test
    void getAllTranslationsForPrefix_shouldAnswerTheRawPatternsOfTheGivenLocaleWithTheBaseBundleBehind() {
        assertThat(resolver.getAllTranslationsForPrefix("sample.", Locale.FRENCH)).isEqualTo(Map.of(
                "sample.greeting", "Bonjour {0}",
                "sample.title", "Cartes de parcours",
                "sample.apostrophe", "C''est la carte de {0}",
                "sample.english.only", "Only in English"));
    }

    @Test
    void getAllTranslationsForPrefix_shouldIgnoreTheRequestLocaleAndKeysOutsideThePrefix() {
        locale.set(Locale.FRENCH);
        assertThat(resolver.getAllTranslationsForPrefix("sample.g", Locale.ENGLISH))
                .isEqualTo(Map.of("sample.greeting", "Hello {0}"));
        assertThat(resolver.getAllTranslationsForPrefix("nothing.", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void constructor_shouldRejectABundleThatDoesNotExist() {
        assertThatThrownBy(() -> new DevI18nResolver(List.of(new I18nResource("i18n", "nowhere/bundle")),
                getClass().getClassLoader(), locale::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nowhere/bundle.properties");
    }
}
