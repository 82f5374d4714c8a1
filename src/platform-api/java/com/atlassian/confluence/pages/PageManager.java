package com.atlassian.confluence.pages;

/** Contract of Confluence's page lookup ({@code null} when no page has that id). */
public interface PageManager {

    AbstractPage getAbstractPage(long id);
}
