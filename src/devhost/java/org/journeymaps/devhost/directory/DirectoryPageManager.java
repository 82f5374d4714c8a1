package org.journeymaps.devhost.directory;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;

/** Confluence's page lookup over devhost's directory. */
public final class DirectoryPageManager implements PageManager {

    private final DevDirectory directory;

    public DirectoryPageManager(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return directory.page(id).orElse(null);
    }
}
