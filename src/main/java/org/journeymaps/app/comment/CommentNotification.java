package org.journeymaps.app.comment;

/** What a notification says: why the recipient gets it, on which map, from whom, and the comment's text. */
public record CommentNotification(Reason reason, String mapTitle, String authorName, String body) {

    public enum Reason {
        /** The comment mentions the recipient. */
        MENTIONED,
        /** The recipient watches the map. */
        WATCHING
    }
}
