package com.atlassian.confluence.spaces;

/** Contract of Confluence's space lookup ({@code null} when no space has that key). */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}
