package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Contract of Confluence's user: a {@link User} with an immutable, unique key. */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
