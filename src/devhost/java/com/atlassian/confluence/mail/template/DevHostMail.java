package com.atlassian.confluence.mail.template;

import org.journeymaps.devhost.mail.SentMail;

import java.util.function.Consumer;

/** Devhost plumbing: installs the mail server a queued task's items are sent to, and reads a sent item. */
public final class DevHostMail {

    private DevHostMail() {
    }

    /** Runs the action with {@code server} receiving every item sent on this thread meanwhile. */
    public static <E extends Exception> void sendingTo(Consumer<SentMail> server, Action<E> action) throws E {
        Consumer<ConfluenceMailQueueItem> previous = ConfluenceMailQueueItem.MAIL_SERVER.get();
        ConfluenceMailQueueItem.MAIL_SERVER.set(item -> server.accept(
                new SentMail(item.toAddress(), item.subject(), item.body(), item.mimeType())));
        try {
            action.run();
        } finally {
            ConfluenceMailQueueItem.MAIL_SERVER.set(previous);
        }
    }

    /** Code that may throw the task's checked exception. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }
}
