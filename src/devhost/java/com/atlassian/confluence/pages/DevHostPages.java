package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.DevHostSpaces;
import com.atlassian.confluence.spaces.Space;

/** Devhost plumbing: creates the contract's pages for devhost's page directory and reads their ids. */
public final class DevHostPages {

    private DevHostPages() {
    }

    public static Page newPage(long id, String title, Space space) {
        return new Page(id, title, space, DevHostSpaces.keyOf(space));
    }

    public static long idOf(AbstractPage page) {
        return page.getId();
    }
}
