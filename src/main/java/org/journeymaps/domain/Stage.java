package org.journeymaps.domain;

/** A column of a map. */
public record Stage(long id, long mapId, String name, String description, int position, long version)
        implements Versioned, Positioned<Stage> {

    public static final TextField NAME = TextField.requiredLine("name", Limits.NAME_LENGTH);
    public static final TextField DESCRIPTION = TextField.optionalText("description", Limits.DESCRIPTION_LENGTH);

    /** A new, unsaved stage; its position is set when it is placed. */
    public static Stage create(long mapId, String name, String description) {
        return new Stage(UNSAVED_ID, mapId, NAME.normalise(name), DESCRIPTION.normalise(description), 0, FIRST_VERSION);
    }

    /** Null leaves a field unchanged; an empty description clears it. The version is not bumped here. */
    public Stage edited(String newName, String newDescription) {
        return new Stage(id, mapId, NAME.patch(name, newName), DESCRIPTION.patch(description, newDescription),
                position, version);
    }

    public Stage withId(long newId) {
        return new Stage(newId, mapId, name, description, position, version);
    }

    @Override
    public Stage withPosition(int newPosition) {
        return new Stage(id, mapId, name, description, newPosition, version);
    }

    public Stage nextVersion() {
        return new Stage(id, mapId, name, description, position, version + 1);
    }
}
