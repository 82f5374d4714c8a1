package org.journeymaps.app.template;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.map.NewMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.templates.BundledMapTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped template, in each language, makes a map the domain accepts (limits, texts, lane-type fields). */
class BundledTemplatesTest {
    private static final BundledMapTemplates BUNDLED = new BundledMapTemplates();

    static Stream<Arguments> templatesInEachLanguage() {
        return Stream.of(Locale.ENGLISH, Locale.FRENCH).flatMap(locale ->
                BUNDLED.all(locale).stream().map(template -> Arguments.of(template.id(), locale)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("templatesInEachLanguage")
    void theTemplateCreatesACompleteValidMap(String templateId, Locale locale) {
        AppFixture app = new AppFixture();
        MapTemplate template = BUNDLED.all(locale).stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow();

        MapContent content = new MapTemplateService(BUNDLED, app.maps)
                .create(new NewMap(AppFixture.PAGE, null, null, null, null, null), templateId, locale).content();

        assertThat(content.map().title()).isEqualTo(template.name());
        assertThat(content.stages()).hasSameSizeAs(template.stages());
        assertThat(content.lanes()).hasSameSizeAs(template.lanes());
        assertThat(content.cards()).hasSameSizeAs(template.cards());
        assertThat(content.emotions()).hasSameSizeAs(template.emotions());
    }
}
