package org.journeymaps.devhost;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import org.journeymaps.devhost.app.AppContainer;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.spi.SeedContext;

/** What seeders get: the directory, the app's components, and running as a user. */
final class SeedRunner implements SeedContext {

    private final DevDirectory directory;
    private final AppContainer container;

    SeedRunner(DevDirectory directory, AppContainer container) {
        this.directory = directory;
        this.container = container;
    }

    @Override
    public DevDirectory directory() {
        return directory;
    }

    @Override
    public <T> T component(Class<T> type) {
        return container.context().getBean(type);
    }

    @Override
    public void asUser(String userName, Runnable action) {
        ConfluenceUser previous = AuthenticatedUserThreadLocal.get();
        DevHostAuthenticatedUser.bind(directory.user(userName)
                .orElseThrow(() -> new IllegalArgumentException("userName: no user '" + userName + "'")));
        try {
            action.run();
        } finally {
            if (previous == null) {
                DevHostAuthenticatedUser.clear();
            } else {
                DevHostAuthenticatedUser.bind(previous);
            }
        }
    }
}
