package org.journeymaps.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.journeymaps.app.jira.IssueStatusCache;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.domain.jira.StatusCategory;

/**
 * Issue status in an Atlassian Cache for {@value #TTL_MINUTES} minutes, the default of Confluence's own Jira macro.
 * Keys and values are plain serialisable data, so a cluster can share or replicate them.
 */
@Named
public class AtlassianIssueStatusCache implements IssueStatusCache {
    static final String NAME = "org.journeymaps.jira.issueStatus";
    static final long TTL_MINUTES = 5;

    private final Cache<String, CachedIssue> cache;

    @Inject
    public AtlassianIssueStatusCache(@ComponentImport CacheManager cacheManager) {
        this.cache = cacheManager.getCache(NAME, null,
                new CacheSettingsBuilder().expireAfterWrite(TTL_MINUTES, TimeUnit.MINUTES).build());
    }

    @Override
    public Optional<JiraIssue> get(String serverId, String key) {
        return Optional.ofNullable(cache.get(cacheKey(serverId, key))).map(CachedIssue::toIssue);
    }

    @Override
    public void put(String serverId, JiraIssue issue) {
        cache.put(cacheKey(serverId, issue.key()), new CachedIssue(issue.key(), issue.summary(), issue.status(),
                issue.category() == null ? null : issue.category().name()));
    }

    private static String cacheKey(String serverId, String key) {
        return serverId + "\n" + key;
    }

    /** What is cached of an issue. */
    record CachedIssue(String key, String summary, String status, String category) implements Serializable {
        JiraIssue toIssue() {
            return new JiraIssue(key, summary, status, category == null ? null : StatusCategory.valueOf(category));
        }
    }
}
