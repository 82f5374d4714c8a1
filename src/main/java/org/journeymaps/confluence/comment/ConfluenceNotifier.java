package org.journeymaps.confluence.comment;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.comment.CommentNotification;
import org.journeymaps.app.comment.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifies by plain-text mail on Confluence's mail queue (the way Confluence's own actions send mail), so the text
 * of a comment is never interpreted as HTML. Users who may not view the page, or have no e-mail address, are skipped.
 * Texts are in the language of the commenter (the current user), as SAL's resolver gives them.
 */
@Named
public class ConfluenceNotifier implements Notifier {
    static final String MAIL_QUEUE = "mail";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceNotifier.class);

    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final MultiQueueTaskManager taskManager;
    private final I18nResolver i18n;

    @Inject
    public ConfluenceNotifier(@ComponentImport UserAccessor userAccessor, @ComponentImport PageManager pageManager,
                              @ComponentImport PermissionManager permissionManager,
                              @ComponentImport MultiQueueTaskManager taskManager,
                              @ComponentImport I18nResolver i18n) {
        this.userAccessor = userAccessor;
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.taskManager = taskManager;
        this.i18n = i18n;
    }

    @Override
    public void send(String recipientKey, long pageId, CommentNotification notification) {
        try {
            queueMail(recipientKey, pageId, notification);
        } catch (RuntimeException e) {
            // The comment is saved already; a mail that cannot be queued must not make the write look failed.
            LOG.warn("Could not queue the comment notification for user {}", recipientKey, e);
        }
    }

    private void queueMail(String recipientKey, long pageId, CommentNotification notification) {
        ConfluenceUser recipient = userAccessor.getExistingUserByKey(new UserKey(recipientKey));
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (recipient == null || page == null || recipient.getEmail() == null || recipient.getEmail().isBlank()
                || !permissionManager.hasPermission(recipient, Permission.VIEW, page)) {
            return;
        }
        String author = notification.authorName() == null
                ? i18n.getText("journeymaps.comments.mail.anonymous") : notification.authorName();
        String reason = notification.reason() == CommentNotification.Reason.MENTIONED ? "mentioned" : "watching";
        String subject = i18n.getText("journeymaps.comments.mail.subject." + reason, author, notification.mapTitle());
        String body = i18n.getText("journeymaps.comments.mail.body." + reason, author, notification.mapTitle(),
                page.getTitle(), notification.body());
        taskManager.addTask(MAIL_QUEUE, new PlainTextMailTask(recipient.getEmail(), subject, body));
    }
}
