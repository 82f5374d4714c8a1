package org.journeymaps.confluence.comment;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import com.atlassian.mail.MailException;

/**
 * A plain-text mail as a task on Confluence's mail queue. Since Confluence 8 the mail item is no task of its own
 * and is not serialisable, so the task keeps only strings (a queue may serialise it) and builds the item when run.
 */
final class PlainTextMailTask implements Task {
    private static final long serialVersionUID = 1L;

    private final String toAddress;
    private final String subject;
    private final String body;

    PlainTextMailTask(String toAddress, String subject, String body) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
    }

    @Override
    @SuppressWarnings("deprecation") // send() is deprecated without a replacement named in Confluence 8–10
    public void execute() throws MailException {
        new ConfluenceMailQueueItem(toAddress, subject, body, ConfluenceMailQueueItem.MIME_TYPE_TEXT).send();
    }
}
