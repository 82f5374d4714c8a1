package org.journeymaps.confluence.comment;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import java.io.Serializable;
import org.journeymaps.app.comment.CommentNotification;
import org.journeymaps.app.comment.CommentNotification.Reason;
import org.journeymaps.devhost.mail.Outbox;
import org.journeymaps.devhost.mail.SentMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ConfluenceNotifierTest {
    private final UserAccessor users = mock(UserAccessor.class);
    private final PageManager pages = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final MultiQueueTaskManager tasks = mock(MultiQueueTaskManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ConfluenceNotifier notifier = new ConfluenceNotifier(users, pages, permissions, tasks, i18n);
    private final ConfluenceUser alice = mock(ConfluenceUser.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final CommentNotification mention = new CommentNotification(Reason.MENTIONED, "Map", "Bob", "Hi @alice");

    @BeforeEach
    void aliceCanViewThePage() {
        when(users.getExistingUserByKey(new UserKey("k-alice"))).thenReturn(alice);
        when(alice.getEmail()).thenReturn("alice@example.com");
        when(pages.getAbstractPage(7L)).thenReturn(page);
        when(permissions.hasPermission(alice, Permission.VIEW, page)).thenReturn(true);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenReturn("text");
    }

    @Test
    void aReachableRecipientWhoMayViewThePageGetsAPlainTextMailOnTheMailQueue() {
        notifier.send("k-alice", 7L, mention);

        verify(tasks).addTask(eq("mail"), any(Task.class));
        verify(i18n).getText(eq("journeymaps.comments.mail.subject.mentioned"), any(Serializable[].class));
    }

    @Test
    void theQueuedTaskSurvivesSerialisationAndSendsThePlainTextMailWhenTheQueueRunsIt() {
        Outbox outbox = new Outbox();
        new ConfluenceNotifier(users, pages, permissions, outbox, i18n).send("k-alice", 7L, mention);

        assertThat(outbox.sent()).containsExactly(new SentMail("alice@example.com", "text", "text", "text/plain"));
    }

    @Test
    void aRecipientWhoMayNotViewThePageOrHasNoAddressGetsNothing() {
        when(permissions.hasPermission(alice, Permission.VIEW, page)).thenReturn(false);
        notifier.send("k-alice", 7L, mention);
        when(permissions.hasPermission(alice, Permission.VIEW, page)).thenReturn(true);
        when(alice.getEmail()).thenReturn(" ");
        notifier.send("k-alice", 7L, mention);
        notifier.send("k-gone", 7L, mention);

        verify(tasks, never()).addTask(anyString(), any(Task.class));
    }

    @Test
    void aFailingMailQueueDoesNotFailTheCaller() {
        doThrow(new IllegalStateException("queue down")).when(tasks).addTask(anyString(), any(Task.class));

        assertThatCode(() -> notifier.send("k-alice", 7L, mention)).doesNotThrowAnyException();
    }
}
