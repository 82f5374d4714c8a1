package org.journeymaps.app.template;

import org.journeymaps.app.AppFixture;
import org.journeymaps.app.FakeAccessPolicy;
import org.journeymaps.app.kernel.PermissionDeniedException;
import org.journeymaps.app.map.NewMap;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.journeymaps.app.FakeAccessPolicy.Right;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.app.template.MapTemplates;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.structure.LaneType;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.domain.structure.Stage;
import org.junit.jupiter.api.Test;

class MapTemplateServiceTest {
    private final AppFixture app = new AppFixture();
    private final MapTemplates templates = locale -> List.of(template(locale));
    private final MapTemplateService service = new MapTemplateService(templates, app.maps);

    @Test
    void create_shouldLayTheMapOutAsTheTemplateInTheGivenLanguageAsOneChange() {
        MapContent content = service.create(new NewMap(AppFixture.PAGE, "Our shop", null, null, null, null),
                "shop", Locale.FRENCH).content();

        assertThat(content.map().title()).isEqualTo("Our shop");
        assertThat(content.map().description()).isEqualTo("fr: a purchase");
        assertThat(content.stages()).extracting(Stage::name).containsExactly("fr: Search", "fr: Pay");
        assertThat(content.cards()).extracting(Card::text).containsExactly("fr: Compares");
        assertThat(content.emotions()).hasSize(2);
        assertThat(app.repository.changesOf(content.map().id())).hasSize(1);
    }

    @Test
    void create_shouldDefaultTitleAndDescriptionToTheTemplatesButKeepTheRequests() {
        JourneyMap defaulted = service.create(new NewMap(AppFixture.PAGE, null, null, null, null, null), "shop",
                Locale.ENGLISH).content().map();
        JourneyMap given = service.create(new NewMap(AppFixture.PAGE, "Mine", "My words", null, null, null), "shop",
                Locale.ENGLISH).content().map();

        assertThat(defaulted.title()).isEqualTo("en: Shop");
        assertThat(defaulted.description()).isEqualTo("en: a purchase");
        assertThat(given.title()).isEqualTo("Mine");
        assertThat(given.description()).isEqualTo("My words");
    }

    @Test
    void create_shouldRefuseAnUnknownTemplateOrALayoutOfItsOwn() {
        assertThatThrownBy(() -> service.create(new NewMap(AppFixture.PAGE, "Map", null, null, null, null), "nope",
                Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("templateId");
                    assertThat(e.reason()).isEqualTo("is not a known template");
                });
        assertThatThrownBy(() -> service.create(new NewMap(AppFixture.PAGE, "Map", null, null, null,
                List.of(new NewLane("Mine", LaneType.TEXT, null))), "shop", Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lanes"));
        assertThat(app.maps.list(new MapQuery(null, null, null), 0, 10).results()).isEmpty();
    }

    @Test
    void create_shouldRequireTheRightToEditThePage() {
        app.access.page(AppFixture.PAGE, AppFixture.SPACE, Right.VIEW);

        assertThatThrownBy(() -> service.create(new NewMap(AppFixture.PAGE, "Map", null, null, null, null), "shop",
                Locale.ENGLISH)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void list_shouldAnswerThePortsTemplatesInTheLanguage() {
        assertThat(service.list(Locale.GERMAN)).extracting(MapTemplate::name).containsExactly("de: Shop");
    }

    private static MapTemplate template(Locale locale) {
        String tag = locale.getLanguage() + ": ";
        return new MapTemplate("shop", tag + "Shop", tag + "a purchase",
                List.of(new NewStage(tag + "Search", null, null), new NewStage(tag + "Pay", null, null)),
                List.of(new NewLane(tag + "Actions", LaneType.ACTIONS, null)),
                List.of(new InitialCard(0, 0, tag + "Compares", null)),
                List.of(new InitialEmotion(0, 1, null), new InitialEmotion(1, -1, tag + "Expensive")));
    }
}
