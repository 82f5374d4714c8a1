package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;

/** Devhost plumbing: creates the contract's pages for devhost's page directory. */
public final class DevHostPages {

    private DevHostPages() {
    }

    public static Page newPage(long id, String title, Space space) {
        return new Page(id, title, space);
    }
}
