package org.journeymaps.rest.user;

import org.journeymaps.app.user.UserRef;

/** A user as comments show them: {@code key} is stable, {@code name} is what follows {@code @}, {@code displayName} is shown. */
public record UserDto(String key, String name, String displayName) {

    public static UserDto of(UserRef user) {
        return user == null ? null : new UserDto(user.key(), user.name(), user.displayName());
    }
}
