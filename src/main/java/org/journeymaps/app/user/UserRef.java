package org.journeymaps.app.user;

/** A user as others see them: the stable key, the name typed after {@code @}, and the name to show. */
public record UserRef(String key, String name, String displayName) {

    /** How a user who no longer exists is shown: by key, so the text still says who it was. */
    public static UserRef unknown(String key) {
        return new UserRef(key, null, key);
    }
}
