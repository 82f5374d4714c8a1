package org.journeymaps.testdata;

import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.JourneyState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A {@link JourneyMap} for a test: a CURRENT map with only a title, on page 65537 of DEMO, at its first revision and
 * version, created and last updated by alice, unless told otherwise.
 */
public final class JourneyMapBuilder {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    private long id = 1;
    private long pageId = 65537;
    private String spaceKey = "DEMO";
    private String title = "Parcours d'achat";
    private String description;
    private JourneyState state = JourneyState.CURRENT;
    private Long counterpartMapId;
    private String ownerKey;
    private LocalDate reviewDue;
    private long revision = JourneyMap.FIRST_REVISION;
    private long version = 1;
    private String createdBy = "alice";
    private Instant createdAt = AT;
    private String updatedBy = "alice";
    private Instant updatedAt = AT;

    private JourneyMapBuilder() {
    }

    public static JourneyMapBuilder aMap() {
        return new JourneyMapBuilder();
    }

    public JourneyMapBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public JourneyMapBuilder onPage(long pageId, String spaceKey) {
        this.pageId = pageId;
        this.spaceKey = spaceKey;
        return this;
    }

    public JourneyMapBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public JourneyMapBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public JourneyMapBuilder inState(JourneyState state) {
        this.state = state;
        return this;
    }

    public JourneyMapBuilder withCounterpart(Long counterpartMapId) {
        this.counterpartMapId = counterpartMapId;
        return this;
    }

    public JourneyMapBuilder ownedBy(String ownerKey) {
        this.ownerKey = ownerKey;
        return this;
    }

    public JourneyMapBuilder reviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
        return this;
    }

    public JourneyMapBuilder atRevision(long revision) {
        this.revision = revision;
        return this;
    }

    public JourneyMapBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public JourneyMapBuilder createdBy(String userKey, Instant at) {
        this.createdBy = userKey;
        this.createdAt = at;
        return this;
    }

    public JourneyMapBuilder updatedBy(String userKey, Instant at) {
        this.updatedBy = userKey;
        this.updatedAt = at;
        return this;
    }

    public JourneyMap build() {
        return new JourneyMap(id, pageId, spaceKey, title, description, state, counterpartMapId, ownerKey, reviewDue,
                revision, version, createdBy, createdAt, updatedBy, updatedAt);
    }
}
