package org.journeymaps.confluence.user;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import org.journeymaps.app.user.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ConfluenceUserDirectoryTest {
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(accessor);

    private void user(String name, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        when(user.getKey()).thenReturn(new UserKey("k-" + name));
        when(accessor.getUserByName(name)).thenReturn(user);
        when(accessor.getExistingUserByKey(new UserKey("k-" + name))).thenReturn(user);
    }

    @BeforeEach
    void users() {
        user("alice", "Alice Martin");
        user("albert", "Albert Roy");
        user("bob", "Bob Marley");
        when(accessor.getUserNamesWithConfluenceAccess()).thenReturn(List.of("bob", "alice", "albert"));
    }

    @Test
    void searchMatchesNamesFirstInNameOrder_thenWordsOfFullNames() {
        assertThat(directory.search("al", 10)).extracting(UserRef::name).containsExactly("albert", "alice");
        assertThat(directory.search("MAR", 10)).extracting(UserRef::name).containsExactly("alice", "bob");
        assertThat(directory.search("", 2)).extracting(UserRef::name).containsExactly("albert", "alice");
    }

    @Test
    void usersAreFoundByNameAndByKey_unknownOnesAreAbsent() {
        assertThat(directory.byName("bob")).contains(new UserRef("k-bob", "bob", "Bob Marley"));
        assertThat(directory.byKey("k-alice")).map(UserRef::displayName).contains("Alice Martin");
        assertThat(directory.byKey("k-nobody")).isEmpty();
        assertThat(directory.byName(null)).isEmpty();
    }
}
