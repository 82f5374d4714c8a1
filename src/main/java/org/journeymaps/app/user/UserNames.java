package org.journeymaps.app.user;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.app.user.UserRef;

/** The name to show for a user key (history, change feed); a user who no longer exists shows as the key. */
@Named
public class UserNames {
    private final UserDirectory users;

    @Inject
    public UserNames(UserDirectory users) {
        this.users = users;
    }

    public String displayName(String userKey) {
        return userKey == null ? null : users.byKey(userKey).orElseGet(() -> UserRef.unknown(userKey)).displayName();
    }

    /** The name to show for a user name (a card's owner); null when no such user exists, so readers show the name. */
    public String displayNameOfName(String userName) {
        return userName == null ? null : users.byName(userName).map(UserRef::displayName).orElse(null);
    }
}
