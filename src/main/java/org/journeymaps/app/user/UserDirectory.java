package org.journeymaps.app.user;

import java.util.List;
import java.util.Optional;

/** The host's users, as comments mention and show them. */
public interface UserDirectory {

    Optional<UserRef> byName(String name);

    Optional<UserRef> byKey(String userKey);

    /** Users whose name or display name starts with {@code prefix} (any case), at most {@code limit}, by name. */
    List<UserRef> search(String prefix, int limit);
}
