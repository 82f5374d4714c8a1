package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import it.org.journeymaps.browser.pages.CommentsDrawer;
import it.org.journeymaps.browser.pages.Outbox;
import it.org.journeymaps.browser.pages.ViewerPage;
import it.org.journeymaps.support.RunningDevHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bob, who may comment but not edit, comments on a card in the viewer with markup, a script and an @mention
 * chosen from the completion list: the text shows as text (no dialog, no element injected), the mention as
 * Alice's name, the card's badge counts the thread, and Alice's mail is in devhost's outbox.
 */
class CommentsBrowserTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String HOSTILE = "<img src=x onerror=alert(1)><script>window.injected=1</script>";

    @Test
    void bobsHostileCommentStaysInert_theBadgeCountsIt_andAliceIsNotified() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            ViewerPage viewer = ViewerPage.open(page, devhost, "bob", devhost.demoPageId());

            Locator card = viewer.cards().first();
            assertThat(ViewerPage.threadsOf(card).count()).as("no badge without a thread").isZero();
            card.focus();
            page.keyboard().press("Enter");
            CommentsDrawer drawer = viewer.comments();
            Locator box = drawer.newCommentBox();
            drawer.startMention("@ali");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowUp");
            page.keyboard().press("Enter");
            box.pressSequentially("look: " + HOSTILE);
            assertThat(box.inputValue()).isEqualTo("@alice look: " + HOSTILE);
            Browser.screenshot(page, "comments-bob-typing");
            drawer.postWritten();
            assertThat(drawer.firstCommentBody()).isEqualTo("@Alice Martin look: " + HOSTILE);
            assertThat(drawer.firstCommentMention()).isEqualTo("@Alice Martin");
            assertThat(page.locator("img[src=x]").count()).as("no image injected").isZero();
            assertThat(drawer.panel().locator("script").count()).as("no script injected").isZero();
            assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
            Locator badge = ViewerPage.commentBadgeOf(card);
            badge.waitFor();
            assertThat(badge.textContent()).isEqualTo("1");
            assertThat(dialogs).as("no dialog opened").isEmpty();
            Browser.screenshot(page, "comments-bob-posted");

            Outbox outbox = Outbox.open(page, devhost);
            assertThat(outbox.latestRecipient()).isEqualTo("alice@example.com");
            assertThat(outbox.latestBody()).contains(HOSTILE);
            assertThat(page.locator("img[src=x]").count()).isZero();
            assertThat(dialogs).isEmpty();
            Browser.screenshot(page, "comments-outbox");
        }
    }
}
