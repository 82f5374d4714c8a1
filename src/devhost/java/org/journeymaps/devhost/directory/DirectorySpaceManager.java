package org.journeymaps.devhost.directory;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** Confluence's space lookup over devhost's directory. */
public final class DirectorySpaceManager implements SpaceManager {

    private final DevDirectory directory;

    public DirectorySpaceManager(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return directory.space(spaceKey).orElse(null);
    }
}
