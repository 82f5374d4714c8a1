package org.journeymaps.app.user;

import org.journeymaps.app.kernel.AccessGuard;
import org.journeymaps.app.kernel.AuthenticationRequiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.app.user.UserRef;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** Finds users to mention; only signed-in callers may look through the directory. */
@Named
public class UserSearch {
    static final int MAX_RESULTS = 10;
    private static final int MAX_QUERY_LENGTH = 255;

    private final UserDirectory users;
    private final AccessGuard guard;

    @Inject
    public UserSearch(UserDirectory users, AccessGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    /** Users whose name or display name starts with {@code prefix} (blank: the first ones), at most ten. */
    public List<UserRef> find(String prefix) {
        if (guard.authorKey() == null) {
            throw new AuthenticationRequiredException();
        }
        String query = prefix == null ? "" : prefix.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidFieldException("q", "must be at most " + MAX_QUERY_LENGTH
                    + " characters");
        }
        return users.search(query, MAX_RESULTS);
    }
}
