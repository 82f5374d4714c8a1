package org.journeymaps.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.journeymaps.app.jira.JiraGateway.JiraIssue;
import org.journeymaps.devhost.cache.InMemoryCacheManager;
import org.journeymaps.domain.jira.StatusCategory;
import org.junit.jupiter.api.Test;

class AtlassianIssueStatusCacheTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtlassianIssueStatusCache cache = new AtlassianIssueStatusCache(new InMemoryCacheManager(now::get));
    private final JiraIssue issue = new JiraIssue("CX-1", "Guest checkout", "Done", StatusCategory.DONE);

    @Test
    void keepsAnIssueFiveMinutesPerServer() {
        cache.put("j", issue);
        now.addAndGet(Duration.ofMinutes(5).toMillis() - 1);

        assertThat(cache.get("j", "CX-1")).contains(issue);
        assertThat(cache.get("other", "CX-1")).isEmpty();
        now.addAndGet(1);
        assertThat(cache.get("j", "CX-1")).isEmpty();
    }
}
