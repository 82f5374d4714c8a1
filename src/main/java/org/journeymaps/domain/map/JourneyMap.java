package org.journeymaps.domain.map;

import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A journey map placed on a Confluence page. {@code version} covers the map's own fields; {@code revision} counts
 * every change of the map and its elements (it drives live updates and the ETag).
 */
public record JourneyMap(long id, long pageId, String spaceKey, String title, String description,
                         JourneyState state, Long counterpartMapId, String ownerKey, LocalDate reviewDue,
                         long revision, long version, String createdBy, Instant createdAt,
                         String updatedBy, Instant updatedAt) implements Versioned {

    public static final TextField TITLE = TextField.requiredLine("title", Limits.TITLE_LENGTH);
    public static final TextField DESCRIPTION = TextField.optionalText("description", Limits.DESCRIPTION_LENGTH);
    public static final TextField OWNER_KEY = TextField.optionalLine("ownerKey", Limits.USER_KEY_LENGTH);
    /** A new map's creation is its first change. */
    public static final long FIRST_REVISION = 1;

    /** A new, unsaved map; {@code state} defaults to CURRENT. */
    public static JourneyMap create(long pageId, String spaceKey, String title, String description,
                                    JourneyState state, String createdBy, Instant at) {
        return new JourneyMap(UNSAVED_ID, pageId, spaceKey, TITLE.normalise(title), DESCRIPTION.normalise(description),
                state == null ? JourneyState.CURRENT : state, null, null, null,
                FIRST_REVISION, FIRST_VERSION, createdBy, at, createdBy, at);
    }

    /**
     * The map with the given fields changed; null leaves a field unchanged, an empty string clears an optional
     * text, and an empty {@code reviewDue} clears the date. The version is not bumped here.
     */
    public JourneyMap edited(String newTitle, String newDescription, JourneyState newState, String newOwnerKey,
                             Optional<LocalDate> newReviewDue) {
        return new JourneyMap(id, pageId, spaceKey, TITLE.patch(title, newTitle),
                DESCRIPTION.patch(description, newDescription), newState == null ? state : newState,
                counterpartMapId, OWNER_KEY.patch(ownerKey, newOwnerKey),
                newReviewDue == null ? reviewDue : newReviewDue.orElse(null),
                revision, version, createdBy, createdAt, updatedBy, updatedAt);
    }

    public JourneyMap withId(long newId) {
        return new JourneyMap(newId, pageId, spaceKey, title, description, state, counterpartMapId, ownerKey,
                reviewDue, revision, version, createdBy, createdAt, updatedBy, updatedAt);
    }

    /** The map linked to {@code mapId}, its counterpart in the other state (null: no counterpart). */
    public JourneyMap withCounterpart(Long mapId) {
        return new JourneyMap(id, pageId, spaceKey, title, description, state, mapId, ownerKey,
                reviewDue, revision, version, createdBy, createdAt, updatedBy, updatedAt);
    }

    public JourneyMap nextVersion() {
        return new JourneyMap(id, pageId, spaceKey, title, description, state, counterpartMapId, ownerKey,
                reviewDue, revision, version + 1, createdBy, createdAt, updatedBy, updatedAt);
    }
}
