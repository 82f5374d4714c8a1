package com.atlassian.confluence.mail.template;

import com.atlassian.core.task.Task;

/**
 * Contract of Confluence's queued mail. Flattened: the real class implements {@code com.atlassian.mail.queue
 * .MailQueueItem}, which extends {@link Task}. The getters are package-private plumbing for devhost's outbox.
 */
public class ConfluenceMailQueueItem implements Task {
    public static final String MIME_TYPE_TEXT = "text/plain";

    private final String toAddress;
    private final String subject;
    private final String body;
    private final String mimeType;

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
    }

    String toAddress() {
        return toAddress;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String mimeType() {
        return mimeType;
    }
}
