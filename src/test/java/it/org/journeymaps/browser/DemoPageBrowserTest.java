package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import it.org.journeymaps.browser.pages.ViewerPage;
import it.org.journeymaps.support.RunningDevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader signs in the way people do, opens a demo page and reads the journey map. */
class DemoPageBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void bobSignsInOpensTheDemoPageAndReadsTheMap() {
        try (BrowserContext context = browser.newContext()) {
            ViewerPage viewer = ViewerPage.open(context, devhost, "bob", devhost.demoPageId());
            assertThat(viewer.askedToSignIn()).isTrue();
            Browser.screenshot(viewer.page(), "demo-page-bob");

            assertThat(viewer.title()).isEqualTo("Achat d'une veste d'hiver en ligne");
            assertThat(viewer.stageNames()).hasSize(7).first().asString().contains("Prise de conscience");
            assertThat(viewer.laneNames()).contains("Actions du client", "Points de douleur", "Opportunités");
            assertThat(viewer.cardTexts()).contains("Création de compte obligatoire avant le paiement");
            assertThat(viewer.curve().getAttribute("role")).isEqualTo("gridcell");
            assertThat(viewer.canEdit()).isFalse();
        }
    }
}
