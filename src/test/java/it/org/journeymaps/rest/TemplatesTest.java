package it.org.journeymaps.rest;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import it.org.journeymaps.support.TestPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /templates} in the caller's language, and {@code POST /maps} with a {@code templateId}. */
class TemplatesTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final TestPage page = devhost.page("Maps from templates").as("alice");

    @Test
    void bobSeesTheFourTemplatesInEnglishAndAliceInFrench() {
        JsonNode english = devhost.as("bob").get("/templates").expect(200).json();
        JsonNode french = devhost.as("alice").get("/templates").expect(200).json();

        assertThat(ids(english)).containsExactly("ecommerce-purchase", "it-support-ticket", "b2b-onboarding",
                "bank-account-opening");
        assertThat(ids(french)).isEqualTo(ids(english));
        JsonNode shop = english.path(0);
        assertThat(shop.path("name").asText()).isEqualTo("E-commerce purchase");
        assertThat(french.path(0).path("name").asText()).isEqualTo("Achat en ligne");
        assertThat(shop.path("description").asText()).isNotBlank();
        assertThat(shop.path("stages").path(0).path("name").asText()).isEqualTo("Need");
        assertThat(shop.path("lanes").path(0).path("type").asText()).isEqualTo("ACTIONS");
        assertThat(shop.path("cardCount").asInt()).isPositive();
    }

    @Test
    void aliceCreatesAMapFromEachTemplateInOneChange() {
        Api alice = devhost.as("alice");
        for (JsonNode template : alice.get("/templates").expect(200).json()) {
            String id = template.path("id").asText();
            JsonNode map = page.createMap(Map.of("templateId", id));

            assertThat(map.path("title").asText()).as(id).isEqualTo(template.path("name").asText());
            assertThat(map.path("description").asText()).as(id).isEqualTo(template.path("description").asText());
            assertThat(map.path("stages").size()).as(id).isEqualTo(template.path("stages").size());
            assertThat(map.path("stages").path(0).path("name").asText()).as(id)
                    .isEqualTo(template.path("stages").path(0).path("name").asText());
            assertThat(map.path("lanes").size()).as(id).isEqualTo(template.path("lanes").size());
            assertThat(map.path("cards").size()).as(id).isEqualTo(template.path("cardCount").asInt());
            assertThat(map.path("emotions").size()).as(id).isEqualTo(template.path("stages").size());
            assertThat(map.path("revision").asLong()).as(id).isEqualTo(1);
            long mapId = map.path("id").asLong();
            assertThat(alice.get("/maps/" + mapId).expect(200).json().path("cards")).isEqualTo(map.path("cards"));
        }
    }

    @Test
    void theGivenTitleIsKept() {
        JsonNode map = page.createMap(Map.of("title", "Notre boutique", "templateId", "ecommerce-purchase"));
        assertThat(map.path("title").asText()).isEqualTo("Notre boutique");
        assertThat(map.path("stages").path(0).path("name").asText()).isEqualTo("Besoin");
    }

    @Test
    void bobMayNotCreateAMapFromATemplate() {
        assertError(devhost.as("bob").post("/maps", Map.of("pageId", page.id(), "templateId", "it-support-ticket")), 403);
    }

    @Test
    void anUnknownTemplateOrOneWithALayoutIsA400NamingTheField() {
        Api alice = devhost.as("alice");
        JsonNode error = assertFieldError(alice.post("/maps", Map.of("pageId", page.id(), "title", "Map",
                "templateId", "space-travel")), 400, "templateId");
        assertThat(error.path("message").asText()).contains("templateId");
        assertFieldError(alice.post("/maps", Map.of("pageId", page.id(), "templateId", "b2b-onboarding",
                "stages", List.of(Map.of("name", "Mine")))), 400, "stages");
    }

    @Test
    void anAnonymousCallerMustSignIn() {
        assertError(devhost.anonymous().get("/templates"), 401);
    }

    private static List<String> ids(JsonNode templates) {
        List<String> ids = new ArrayList<>();
        templates.forEach(template -> ids.add(template.path("id").asText()));
        return ids;
    }
}
