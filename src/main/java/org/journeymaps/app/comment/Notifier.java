package org.journeymaps.app.comment;

/** Tells a user about a comment through the host (in Confluence: a mail). */
public interface Notifier {

    /**
     * Sends {@code notification} to the user with key {@code recipientKey}, unless that user may not view the page
     * {@code pageId} or cannot be reached; never fails the caller's write.
     */
    void send(String recipientKey, long pageId, CommentNotification notification);
}
