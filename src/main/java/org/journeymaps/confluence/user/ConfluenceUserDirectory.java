package org.journeymaps.confluence.user;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.journeymaps.app.user.UserDirectory;
import org.journeymaps.app.user.UserRef;

/**
 * Confluence's users through {@link UserAccessor}. Searching reads the names of the users with Confluence access
 * and matches their name first (no lookup per user for those), then, while results are missing, their full name;
 * the list Confluence keeps for this is cached, so this stays cheap for the site sizes the app targets.
 */
@Named
public class ConfluenceUserDirectory implements UserDirectory {

    private final UserAccessor userAccessor;

    @Inject
    public ConfluenceUserDirectory(@ComponentImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public Optional<UserRef> byName(String name) {
        return Optional.ofNullable(name == null ? null : userAccessor.getUserByName(name)).map(ConfluenceUserDirectory::ref);
    }

    @Override
    public Optional<UserRef> byKey(String userKey) {
        return Optional.ofNullable(userKey == null ? null : userAccessor.getExistingUserByKey(new UserKey(userKey)))
                .map(ConfluenceUserDirectory::ref);
    }

    @Override
    public List<UserRef> search(String prefix, int limit) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        List<String> names = userAccessor.getUserNamesWithConfluenceAccess().stream().sorted().toList();
        List<UserRef> byName = names.stream().filter(name -> name.toLowerCase(Locale.ROOT).startsWith(wanted))
                .limit(limit).map(this::byName).flatMap(Optional::stream).toList();
        if (byName.size() >= limit || wanted.isEmpty()) {
            return byName;
        }
        List<UserRef> byFullName = names.stream().filter(name -> !name.toLowerCase(Locale.ROOT).startsWith(wanted))
                .map(this::byName).flatMap(Optional::stream)
                .filter(user -> fullNameStartsWith(user.displayName(), wanted))
                .limit(limit - byName.size()).toList();
        return Stream.concat(byName.stream(), byFullName.stream()).toList();
    }

    /** A full name matches when it, or one of its words, starts with the prefix ("mar" finds "Alice Martin"). */
    private static boolean fullNameStartsWith(String fullName, String wanted) {
        String lower = Objects.requireNonNullElse(fullName, "").toLowerCase(Locale.ROOT);
        return lower.startsWith(wanted) || lower.contains(" " + wanted);
    }

    private static UserRef ref(ConfluenceUser user) {
        return new UserRef(user.getKey().getStringValue(), user.getName(), user.getFullName());
    }
}
