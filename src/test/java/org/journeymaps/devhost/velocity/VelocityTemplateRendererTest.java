package org.journeymaps.devhost.velocity;

import com.atlassian.templaterenderer.RenderingException;
import org.journeymaps.devhost.descriptor.I18nResource;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VelocityTemplateRendererTest {

    /** Stands for an app DTO handed to a template. */
    public static final class Card {
        public String getTitle() {
            return "Checkout";
        }

        public void setTitle(String title) {
            throw new AssertionError("a refused setter must not run");
        }

        public String getOwner() {
            return "alice";
        }

        public String secret() {
            return "s3cret";
        }
    }

    private static final ClassLoader LOADER = VelocityTemplateRendererTest.class.getClassLoader();
    private static final List<String> CARD_ENTRIES = List.of(Card.class.getName() + "#getTitle()");

    private final DevI18nResolver i18n = new DevI18nResolver(
            List.of(new I18nResource("i18n", "devhost-fixtures/i18n/sample")), LOADER, () -> Locale.ENGLISH);
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(
            MethodAllowlist.forApp(CARD_ENTRIES, LOADER, type -> type == Card.class), i18n);

    @Test
    void render_shouldCallAllowlistedAndGlobalMethods() throws IOException {
        StringWriter out = new StringWriter();
        renderer.render("devhost-fixtures/templates/card.vm", Map.of("card", new Card()), out);

        assertThat(out.toString().trim()).isEqualTo("<h2>Checkout</h2><p>Hello Checkout</p>");
    }

    @Test
    void render_shouldRefuseJdkCallsNotKnownToBeOnConfluencesGlobalList() {
        for (String call : List.of("$tags.size()", "$tags.isEmpty()", "$tags.get(0)", "$labels.owner")) {
            assertThatThrownBy(() -> renderer.render("devhost-fixtures/templates/jdk-call.vm", Map.of("call", call,
                    "tags", List.of("web"), "labels", Map.of("owner", "bob")), new StringWriter()))
                    .as(call).isInstanceOf(RenderingException.class).hasMessageContaining("not allowlisted: java.");
        }
    }

    @Test
    void render_shouldRefuseAMethodCallThatIsNotAllowlisted() {
        assertThatThrownBy(() -> render("devhost-fixtures/templates/secret-method.vm"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("not allowlisted: " + Card.class.getName() + "#secret()");
    }

    @Test
    void render_shouldRefuseAPropertyReadWhoseGetterIsNotAllowlisted() {
        assertThatThrownBy(() -> render("devhost-fixtures/templates/secret-property.vm"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("not allowlisted: " + Card.class.getName() + "#getOwner()");
    }

    @Test
    void render_shouldRefuseAPropertyWriteWhoseSetterIsNotAllowlisted() {
        assertThatThrownBy(() -> render("devhost-fixtures/templates/set-property.vm"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("#setTitle(java.lang.String)");
    }

    @Test
    void render_shouldFailForAMissingTemplate() {
        assertThatThrownBy(() -> render("devhost-fixtures/templates/nowhere.vm"))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("nowhere.vm");
    }

    @Test
    void forApp_shouldRejectEntriesForClassesOutsideTheApp() {
        assertThatThrownBy(() -> MethodAllowlist.forApp(List.of("java.lang.Runtime#exec(java.lang.String)"),
                LOADER, type -> type == Card.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the app");
    }

    @Test
    void forApp_shouldRejectEntriesNamingNoMethod() {
        assertThatThrownBy(() -> MethodAllowlist.forApp(List.of(Card.class.getName() + "#getTitel()"),
                LOADER, type -> type == Card.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no public method");
    }

    @Test
    void forApp_shouldRejectMalformedEntries() {
        assertThatThrownBy(() -> MethodAllowlist.forApp(List.of("getTitle"), LOADER, type -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pkg.Class#method(param.Type, ...)");
    }

    private void render(String template) throws IOException {
        renderer.render(template, Map.of("card", new Card()), new StringWriter());
    }
}
