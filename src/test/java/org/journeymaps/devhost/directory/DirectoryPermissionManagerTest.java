package org.journeymaps.devhost.directory;

import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryPermissionManagerTest {

    private final DevDirectory directory = DemoDirectory.seed(new DevDirectory());
    private final DirectoryPermissionManager permissions = new DirectoryPermissionManager(directory);
    private final Page demoPage = directory.pages(DemoDirectory.DEMO_SPACE).get(0);
    private final Space demo = directory.space(DemoDirectory.DEMO_SPACE).orElseThrow();
    private final Space carols = directory.space(DemoDirectory.CAROL_SPACE).orElseThrow();

    @Test
    void pagePermissions_shouldFollowTheSpacePermissions() {
        assertThat(can("alice", Permission.VIEW)).isTrue();
        assertThat(can("alice", Permission.EDIT)).isTrue();
        assertThat(can("bob", Permission.VIEW)).isTrue();
        assertThat(can("bob", Permission.EDIT)).isFalse();
        assertThat(can("carol", Permission.VIEW)).isFalse();
        assertThat(can("admin", Permission.EDIT)).isTrue();
        assertThat(permissions.hasPermission(null, Permission.VIEW, demoPage)).isFalse();
    }

    @Test
    void commenting_shouldNeedViewAndComment() {
        assertThat(permissions.hasCreatePermission(user("bob"), demoPage, Comment.class)).isTrue();
        assertThat(permissions.hasCreatePermission(user("carol"), demoPage, Comment.class)).isFalse();
        assertThat(permissions.hasCreatePermission(null, demoPage, Comment.class)).isFalse();
    }

    @Test
    void spacePermissions_shouldTreatEditAndAdministerAsSpaceAdministration() {
        assertThat(permissions.hasPermission(user("alice"), Permission.VIEW, demo)).isTrue();
        assertThat(permissions.hasPermission(user("alice"), Permission.ADMINISTER, demo)).isFalse();
        assertThat(permissions.hasPermission(user("admin"), Permission.ADMINISTER, demo)).isTrue();
        assertThat(permissions.hasPermission(user("carol"), Permission.EDIT, carols)).isTrue();
        assertThat(permissions.hasCreatePermission(user("alice"), demo, Page.class)).isTrue();
        assertThat(permissions.hasCreatePermission(user("bob"), demo, Page.class)).isFalse();
    }

    @Test
    void checks_shouldRefuseNullTargetsAndRejectTargetsTheyDoNotApplyTo() {
        assertThat(permissions.hasPermission(user("admin"), Permission.VIEW, null)).isFalse();
        assertThatThrownBy(() -> permissions.hasPermission(user("admin"), Permission.ADMINISTER, demoPage))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not apply to pages");
        assertThatThrownBy(() -> permissions.hasPermission(user("admin"), Permission.VIEW, "a string"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> permissions.hasCreatePermission(user("admin"), demoPage, Page.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void directory_shouldGiveStableOpaqueKeysAndCheckPasswords() {
        assertThat(user("bob").getKey().getStringValue()).hasSize(32).isNotEqualTo("bob");
        assertThat(new DevDirectory().addUser("bob", "B", "x", java.util.Locale.ENGLISH, false).getKey())
                .isEqualTo(user("bob").getKey());
        assertThat(directory.authenticate("bob", "bob")).isPresent();
        assertThat(directory.authenticate("bob", "alice")).isEmpty();
        assertThat(DevHostPages.idOf(demoPage)).isEqualTo(DevDirectory.FIRST_PAGE_ID);
    }

    @Test
    void directory_shouldNameTheFieldOfBadInput() {
        assertThatThrownBy(() -> directory.addSpace("demo", "x")).hasMessageStartingWith("key:");
        assertThatThrownBy(() -> directory.createPage("NOPE", "t", "")).hasMessageStartingWith("spaceKey:");
        assertThatThrownBy(() -> directory.createPage("DEMO", demoPage.getTitle(), "")).hasMessageStartingWith("title:");
    }

    private boolean can(String name, Permission permission) {
        return permissions.hasPermission(user(name), permission, demoPage);
    }

    private DevUser user(String name) {
        return directory.user(name).orElseThrow();
    }
}
