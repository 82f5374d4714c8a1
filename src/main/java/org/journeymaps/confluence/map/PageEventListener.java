package org.journeymaps.confluence.map;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.journeymaps.app.map.PageLifecycle;

/**
 * Makes maps follow their page: a purged page's maps are deleted; a copied page gets copies of the maps and its
 * journey-map macros are pointed at them. Registered with the host's event publisher for the component's life
 * (Spring Scanner runs {@code @PostConstruct} and {@code @PreDestroy} when the app is enabled and disabled).
 */
@Named
public class PageEventListener {

    private final EventPublisher eventPublisher;
    private final PageManager pageManager;
    private final PageLifecycle lifecycle;

    @Inject
    public PageEventListener(@ComponentImport EventPublisher eventPublisher, @ComponentImport PageManager pageManager,
                             PageLifecycle lifecycle) {
        this.eventPublisher = eventPublisher;
        this.pageManager = pageManager;
        this.lifecycle = lifecycle;
    }

    @PostConstruct
    public void registerListener() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public void unregisterListener() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        lifecycle.pageRemoved(event.getPage().getId());
    }

    @EventListener
    public void onPageCopied(PageCopyEvent event) {
        Page copy = event.getDestination();
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        Map<Long, Long> newIds = lifecycle.pageCopied(event.getOrigin().getId(), copy.getId(), copy.getSpaceKey(),
                user == null ? null : user.getKey().getStringValue());
        if (newIds.isEmpty()) {
            return;
        }
        String body = copy.getBodyAsString();
        String rewritten = MacroMapIds.rewrite(body, newIds);
        if (!rewritten.equals(body)) {
            copy.setBodyAsString(rewritten);
            pageManager.saveContentEntity(copy, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
        }
    }
}
