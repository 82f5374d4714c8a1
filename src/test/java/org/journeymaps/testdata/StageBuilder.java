package org.journeymaps.testdata;

import org.journeymaps.domain.structure.Stage;

/** A {@link Stage} for a test: the first stage of map 1, without description or phase, unless told otherwise. */
public final class StageBuilder {

    private long id = 1;
    private long mapId = 1;
    private String name = "Découverte";
    private String description;
    private String phase;
    private int position;
    private long version = 1;

    private StageBuilder() {
    }

    public static StageBuilder aStage() {
        return new StageBuilder();
    }

    public StageBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public StageBuilder onMap(long mapId) {
        this.mapId = mapId;
        return this;
    }

    public StageBuilder named(String name) {
        this.name = name;
        return this;
    }

    public StageBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public StageBuilder inPhase(String phase) {
        this.phase = phase;
        return this;
    }

    public StageBuilder at(int position) {
        this.position = position;
        return this;
    }

    public StageBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public Stage build() {
        return new Stage(id, mapId, name, description, phase, position, version);
    }
}
