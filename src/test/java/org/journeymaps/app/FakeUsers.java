package org.journeymaps.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.app.user.UserRef;

/** Three users whose keys are their names in upper case, so a test can tell keys from names. */
public final class FakeUsers implements UserDirectory {
    public static final List<UserRef> ALL = List.of(new UserRef("ALICE", "alice", "Alice Martin"),
            new UserRef("BOB", "bob", "Bob Durand"), new UserRef("CAROL", "carol", "Carol Jones"));

    @Override
    public Optional<UserRef> byName(String name) {
        return ALL.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        return ALL.stream().filter(user -> user.key().equals(userKey)).findFirst();
    }

    @Override
    public List<UserRef> search(String prefix, int limit) {
        return ALL.stream().filter(user -> user.name().startsWith(prefix.toLowerCase(Locale.ROOT))).limit(limit)
                .toList();
    }
}
