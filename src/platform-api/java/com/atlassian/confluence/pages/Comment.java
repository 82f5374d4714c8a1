package com.atlassian.confluence.pages;

/**
 * Contract of a Confluence comment, used only as a type: {@code hasCreatePermission(user, page,
 * Comment.class)} asks whether the user may comment on the page.
 */
public class Comment {

    private Comment() {
    }
}
