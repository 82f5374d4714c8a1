package it.org.journeymaps.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
            page.navigate(devhost.host().baseUrl() + "/pages/viewpage.action?pageId=" + devhost.demoPageId());
            page.locator("input[name=os_username]").fill("bob");
            page.locator("input[name=os_password]").fill("bob");
            page.locator("input[name=os_password]").press("Enter");
            Locator map = page.locator(".jm-map[data-viewer=ready]");
            map.waitFor(new Locator.WaitForOptions().setTimeout(15_000));

            Locator card = map.locator(".jm-card").first();
            assertThat(card.locator(".jm-thread").count()).as("no badge without a thread").isZero();
            card.focus();
            page.keyboard().press("Enter");
            Locator panel = map.locator(".jm-comments-panel");
            Locator box = panel.locator(".jm-comment-new textarea");
            box.click();
            box.pressSequentially("@ali");
            panel.locator(".jm-mention-option").first().waitFor();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowUp");
            page.keyboard().press("Enter");
            box.pressSequentially("look: " + HOSTILE);
            assertThat(box.inputValue()).isEqualTo("@alice look: " + HOSTILE);
            Browser.screenshot(page, "comments-bob-typing");
            panel.locator(".jm-comment-post").click();

            Locator comment = panel.locator(".jm-comment").first();
            comment.waitFor();
            assertThat(comment.locator(".jm-comment-body").textContent()).isEqualTo("@Alice Martin look: " + HOSTILE);
            assertThat(comment.locator(".jm-mention").textContent()).isEqualTo("@Alice Martin");
            assertThat(page.locator("img[src=x]").count()).as("no image injected").isZero();
            assertThat(panel.locator("script").count()).as("no script injected").isZero();
            assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
            Locator badge = card.locator(".jm-thread-open");
            badge.waitFor();
            assertThat(badge.textContent()).isEqualTo("1");
            assertThat(dialogs).as("no dialog opened").isEmpty();
            Browser.screenshot(page, "comments-bob-posted");

            page.navigate(devhost.host().baseUrl() + "/devhost/outbox");
            Locator mail = page.locator(".dh-mail").first();
            assertThat(mail.locator(".dh-mail-to").textContent()).isEqualTo("alice@example.com");
            assertThat(mail.locator(".dh-mail-body").textContent()).contains(HOSTILE);
            assertThat(page.locator("img[src=x]").count()).isZero();
            assertThat(dialogs).isEmpty();
            Browser.screenshot(page, "comments-outbox");
        }
    }
}
