package com.atlassian.confluence.mail.template;

import com.atlassian.mail.MailException;

import java.util.function.Consumer;

/**
 * Contract of Confluence's mail item. Since Confluence 8 it implements {@code com.atlassian.mail.queue.MailQueueItem}
 * and {@code Comparable} but no longer {@code Task} nor {@code Serializable}: an app queues a task of its own whose
 * {@code execute()} sends the item. Those interfaces are left out here (the app calls only the constructor and
 * {@link #send()}). {@link #send()} hands the item to the mail server the host installed for the current thread.
 */
public class ConfluenceMailQueueItem {
    public static final String MIME_TYPE_TEXT = "text/plain";

    /** Host plumbing: devhost's outbox, set around the execution of a queued task. */
    static final ThreadLocal<Consumer<ConfluenceMailQueueItem>> MAIL_SERVER = new ThreadLocal<>();

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

    /** Deprecated in Confluence 8–10 but still the way an item is sent (its javadoc names no replacement). */
    @Deprecated
    public void send() throws MailException {
        Consumer<ConfluenceMailQueueItem> server = MAIL_SERVER.get();
        if (server == null) {
            throw new IllegalStateException("No mail server: a mail item is sent only while the host runs a queued task");
        }
        server.accept(this);
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
