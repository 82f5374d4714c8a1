package org.journeymaps.templates;

import org.journeymaps.app.template.InitialCard;
import org.journeymaps.app.template.InitialEmotion;
import org.journeymaps.app.template.MapTemplate;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.domain.structure.LaneType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped templates are real starting maps in both languages (their validity against the domain rules is
 * {@code BundledTemplatesTest}'s), and the loader reports a broken template file by file and place.
 */
class BundledMapTemplatesTest {

    private static final Set<LaneType> ESSENTIAL_LANES = Set.of(LaneType.ACTIONS, LaneType.TOUCHPOINTS,
            LaneType.THOUGHTS, LaneType.EMOTIONS, LaneType.PAIN_POINTS, LaneType.OPPORTUNITIES);
    private static final BundledMapTemplates BUNDLED = new BundledMapTemplates();

    static Stream<MapTemplate> templatesInEachLanguage() {
        return Stream.of(Locale.ENGLISH, Locale.FRENCH).flatMap(locale -> BUNDLED.all(locale).stream());
    }

    @Test
    void theFourTemplatesAreOfferedInOrder() {
        assertThat(BUNDLED.all(Locale.ENGLISH)).extracting(MapTemplate::id).containsExactly("ecommerce-purchase",
                "it-support-ticket", "b2b-onboarding", "bank-account-opening");
    }

    @ParameterizedTest
    @MethodSource("templatesInEachLanguage")
    void eachTemplateHasFiveToEightDescribedStagesAndTheEssentialLanes(MapTemplate template) {
        assertThat(template.stages()).hasSizeBetween(5, 8)
                .allSatisfy(stage -> assertThat(stage.description()).isNotBlank());
        assertThat(template.lanes()).extracting(NewLane::type).containsAll(ESSENTIAL_LANES).doesNotHaveDuplicates();
        assertThat(template.description()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("templatesInEachLanguage")
    void eachStageHasExampleCardsAndAPointOnTheCurve(MapTemplate template) {
        Set<Integer> stagesWithCards = template.cards().stream().map(InitialCard::stage).collect(Collectors.toSet());
        Set<Integer> stagesWithPoint = template.emotions().stream().map(InitialEmotion::stage).collect(Collectors.toSet());
        Set<Integer> allStages = IntStream.range(0, template.stages().size()).boxed().collect(Collectors.toSet());
        assertThat(stagesWithCards).isEqualTo(allStages);
        assertThat(stagesWithPoint).isEqualTo(allStages);
        assertThat(template.emotions()).extracting(InitialEmotion::score).contains(-2).contains(2);
    }

    @ParameterizedTest
    @MethodSource("templatesInEachLanguage")
    void cardsSitOnLanesThatShowThemWithTheDetailsTheirLaneExpects(MapTemplate template) {
        for (InitialCard card : template.cards()) {
            LaneType lane = template.lanes().get(card.lane()).type();
            assertThat(lane).as(card.text()).isNotEqualTo(LaneType.EMOTIONS);
            switch (lane) {
                case PAIN_POINTS -> assertThat(card.attributes().severity()).as(card.text()).isNotNull();
                case OPPORTUNITIES -> assertThat(card.attributes().status()).as(card.text()).isNotNull();
                case TOUCHPOINTS -> assertThat(card.attributes().channel()).as(card.text()).isNotNull();
                default -> { }
            }
        }
    }

    @Test
    void frenchTextsAreTranslationsAndOtherLanguagesGetEnglish() {
        List<MapTemplate> english = BUNDLED.all(Locale.ENGLISH);
        List<MapTemplate> french = BUNDLED.all(Locale.CANADA_FRENCH);
        for (int i = 0; i < english.size(); i++) {
            assertThat(french.get(i).name()).isNotEqualTo(english.get(i).name());
            assertThat(french.get(i).stages()).extracting(NewStage::name).doesNotContainAnyElementsOf(
                    english.get(i).stages().stream().map(NewStage::name).filter(n -> !n.equals("Incident")).toList());
        }
        assertThat(BUNDLED.all(Locale.GERMAN)).isEqualTo(english);
    }

    @Test
    void aFileIsReadWithItsOptionalTextsLeftOut() {
        MapTemplate minimal = new BundledMapTemplates("map-templates-fixtures/", List.of("minimal"))
                .all(Locale.FRENCH).get(0);
        assertThat(minimal.stages()).containsExactly(new NewStage("Unique", null, null));
        assertThat(minimal.emotions()).containsExactly(new InitialEmotion(0, -1, null));
        assertThat(minimal.cards().get(0).attributes().severity()).hasToString("LOW");
    }

    @Test
    void aBrokenFileIsReportedWithItsNameAndThePlaceInIt() {
        assertThatThrownBy(() -> new BundledMapTemplates("map-templates-fixtures/", List.of("missing-french")))
                .hasMessageContaining("map-templates-fixtures/missing-french.json")
                .hasMessageContaining("the fr text is missing")
                .hasMessageContaining("\"stages\"");
        assertThatThrownBy(() -> new BundledMapTemplates("map-templates-fixtures/", List.of("unknown-field")))
                .hasMessageContaining("unknown-field.json").hasMessageContaining("colour");
        assertThatThrownBy(() -> new BundledMapTemplates("map-templates-fixtures/", List.of("absent")))
                .hasMessage("Map template map-templates-fixtures/absent.json is missing from the app");
    }
}
