package org.journeymaps.devhost.directory;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.confluence.pages.PageManager;

/** Confluence's page lookup and save over devhost's directory. */
public final class DirectoryPageManager implements PageManager {

    private final DevDirectory directory;

    public DirectoryPageManager(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return directory.page(id).orElse(null);
    }

    /** Stores the page's body; devhost keeps no page versions, so the context changes nothing here. */
    @Override
    public void saveContentEntity(ContentEntityObject obj, SaveContext saveContext) {
        if (!(obj instanceof AbstractPage page)) {
            throw new IllegalArgumentException("devhost stores pages only, not " + obj.getClass().getName());
        }
        directory.updateBody(DevHostPages.idOf(page), page.getBodyAsString());
    }
}
