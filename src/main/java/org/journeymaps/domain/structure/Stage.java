package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;

/**
 * A column of a map. Its optional {@code phase} names the part of the journey it belongs to (e.g. "Avant
 * l'achat"); consecutive stages with the same phase form one group in the band.
 */
public record Stage(long id, long mapId, String name, String description, String phase, int position, long version)
        implements Versioned, Positioned<Stage> {

    public static final TextField NAME = TextField.requiredLine("name", Limits.NAME_LENGTH);
    public static final TextField DESCRIPTION = TextField.optionalText("description", Limits.DESCRIPTION_LENGTH);
    public static final TextField PHASE = TextField.optionalLine("phase", Limits.PHASE_LENGTH);

    /** A stage outside any phase. */
    public Stage(long id, long mapId, String name, String description, int position, long version) {
        this(id, mapId, name, description, null, position, version);
    }

    /** A new, unsaved stage; its position is set when it is placed. */
    public static Stage create(long mapId, String name, String description, String phase) {
        return new Stage(UNSAVED_ID, mapId, NAME.normalise(name), DESCRIPTION.normalise(description),
                PHASE.normalise(phase), 0, FIRST_VERSION);
    }

    /** Null leaves a field unchanged; an empty description or phase clears it. The version is not bumped here. */
    public Stage edited(String newName, String newDescription, String newPhase) {
        return new Stage(id, mapId, NAME.patch(name, newName), DESCRIPTION.patch(description, newDescription),
                PHASE.patch(phase, newPhase), position, version);
    }

    public Stage withId(long newId) {
        return new Stage(newId, mapId, name, description, phase, position, version);
    }

    @Override
    public Stage withPosition(int newPosition) {
        return new Stage(id, mapId, name, description, phase, newPosition, version);
    }

    public Stage nextVersion() {
        return new Stage(id, mapId, name, description, phase, position, version + 1);
    }
}
