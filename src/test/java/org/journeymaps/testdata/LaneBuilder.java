package org.journeymaps.testdata;

import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.LaneType;

/** A {@link Lane} for a test: the first lane of map 1, of type ACTIONS, unless told otherwise. */
public final class LaneBuilder {

    private long id = 1;
    private long mapId = 1;
    private String name = "Actions";
    private LaneType type = LaneType.ACTIONS;
    private int position;
    private long version = 1;

    private LaneBuilder() {
    }

    public static LaneBuilder aLane() {
        return new LaneBuilder();
    }

    public LaneBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public LaneBuilder onMap(long mapId) {
        this.mapId = mapId;
        return this;
    }

    public LaneBuilder named(String name) {
        this.name = name;
        return this;
    }

    public LaneBuilder ofType(LaneType type) {
        this.type = type;
        return this;
    }

    public LaneBuilder at(int position) {
        this.position = position;
        return this;
    }

    public LaneBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public Lane build() {
        return new Lane(id, mapId, name, type, position, version);
    }
}
