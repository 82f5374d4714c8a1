package org.journeymaps.app.user;

import org.journeymaps.app.FakeUsers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNamesTest {
    private final UserNames names = new UserNames(new FakeUsers());

    @Test
    void displayNameOfName_shouldShowTheUsersDisplayName() {
        assertThat(names.displayNameOfName("bob")).isEqualTo("Bob Durand");
    }

    @Test
    void displayNameOfName_shouldBeNullForAUserWhoDoesNotExistSoReadersShowTheName() {
        assertThat(names.displayNameOfName("zoe")).isNull();
        assertThat(names.displayNameOfName(null)).isNull();
    }

    @Test
    void displayName_shouldResolveKeysNotNames() {
        assertThat(names.displayName("BOB")).isEqualTo("Bob Durand");
        assertThat(names.displayName("bob")).isEqualTo("bob");
    }
}
