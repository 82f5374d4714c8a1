package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SaveContext;

/**
 * Contract of Confluence's page lookup ({@code null} when no page has that id) and save
 * ({@code saveContentEntity} is inherited from {@code ContentEntityManager} in Confluence; flattened here).
 */
public interface PageManager {

    AbstractPage getAbstractPage(long id);

    void saveContentEntity(ContentEntityObject obj, SaveContext saveContext);
}
