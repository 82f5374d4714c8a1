package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import java.util.List;

/** Contract of Confluence's user lookup: by name, by key, and the names of everyone who may use Confluence. */
public interface UserAccessor {

    /** The user with this name, or null. */
    ConfluenceUser getUserByName(String name);

    /** The user with this key, or null when no such user exists (any more). */
    ConfluenceUser getExistingUserByKey(UserKey key);

    /** The names of the active users with Confluence access. */
    List<String> getUserNamesWithConfluenceAccess();
}
