package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.Require;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;

/** A row of a map; its type decides which attributes its cards carry. */
public record Lane(long id, long mapId, String name, LaneType type, int position, long version)
        implements Versioned, Positioned<Lane> {

    public static final TextField NAME = TextField.requiredLine("name", Limits.NAME_LENGTH);

    /** A new, unsaved lane; its position is set when it is placed. */
    public static Lane create(long mapId, String name, LaneType type) {
        return new Lane(UNSAVED_ID, mapId, NAME.normalise(name), Require.present("type", type), 0, FIRST_VERSION);
    }

    /** Null leaves a field unchanged. The version is not bumped here. */
    public Lane edited(String newName, LaneType newType) {
        return new Lane(id, mapId, NAME.patch(name, newName), newType == null ? type : newType, position, version);
    }

    public Lane withId(long newId) {
        return new Lane(newId, mapId, name, type, position, version);
    }

    @Override
    public Lane withPosition(int newPosition) {
        return new Lane(id, mapId, name, type, newPosition, version);
    }

    public Lane nextVersion() {
        return new Lane(id, mapId, name, type, position, version + 1);
    }
}
