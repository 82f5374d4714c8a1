package org.journeymaps.devhost.directory;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;

/** Confluence's user lookup over devhost's directory: every devhost user has Confluence access. */
public final class DirectoryUserAccessor implements UserAccessor {

    private final DevDirectory directory;

    public DirectoryUserAccessor(DevDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return directory.user(name).orElse(null);
    }

    @Override
    public ConfluenceUser getExistingUserByKey(UserKey key) {
        return directory.users().stream().filter(user -> user.getKey().equals(key)).findFirst().orElse(null);
    }

    @Override
    public List<String> getUserNamesWithConfluenceAccess() {
        return directory.users().stream().map(DevUser::getName).toList();
    }
}
