package org.journeymaps.devhost.directory;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** A user of devhost's directory. The key is opaque and differs from the name, as in Confluence. */
public final class DevUser implements ConfluenceUser {

    private final String name;
    private final String fullName;
    private final UserKey key;
    private final byte[] password;
    private final Locale locale;
    private final boolean siteAdmin;

    DevUser(String name, String fullName, UserKey key, String password, Locale locale, boolean siteAdmin) {
        this.name = name;
        this.fullName = fullName;
        this.key = key;
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.locale = locale;
        this.siteAdmin = siteAdmin;
    }

    @Override
    public String getName() {
        return name;
    }

    /** Devhost's users all have an address at example.com; mail to it lands in devhost's outbox. */
    @Override
    public String getEmail() {
        return name + "@example.com";
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    /** The user of the current request, null when anonymous: devhost binds only its own users. */
    public static DevUser current() {
        return (DevUser) AuthenticatedUserThreadLocal.get();
    }

    /** The language the user chose in their profile; devhost's i18n follows it. */
    public Locale locale() {
        return locale;
    }

    /** A Confluence administrator: every permission on every space. */
    public boolean siteAdmin() {
        return siteAdmin;
    }

    boolean passwordMatches(String candidate) {
        return MessageDigest.isEqual(password, candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DevUser user && key.equals(user.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
