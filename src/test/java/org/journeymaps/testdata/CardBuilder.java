package org.journeymaps.testdata;

import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;

/** A {@link Card} for a test, first in the cell of stage 1 and lane 1 of map 1 unless told otherwise. */
public final class CardBuilder {

    private long id = 1;
    private long mapId = 1;
    private long stageId = 1;
    private long laneId = 1;
    private int position;
    private String text = "Compare les prix";
    private CardAttributes attributes = CardAttributes.NONE;
    private long version = 1;

    private CardBuilder() {
    }

    public static CardBuilder aCard() {
        return new CardBuilder();
    }

    public CardBuilder withId(long id) {
        this.id = id;
        return this;
    }

    public CardBuilder onMap(long mapId) {
        this.mapId = mapId;
        return this;
    }

    public CardBuilder inStage(long stageId) {
        this.stageId = stageId;
        return this;
    }

    public CardBuilder inLane(long laneId) {
        this.laneId = laneId;
        return this;
    }

    public CardBuilder at(int position) {
        this.position = position;
        return this;
    }

    public CardBuilder withText(String text) {
        this.text = text;
        return this;
    }

    public CardBuilder withAttributes(CardAttributes attributes) {
        this.attributes = attributes;
        return this;
    }

    public CardBuilder atVersion(long version) {
        this.version = version;
        return this;
    }

    public Card build() {
        return new Card(id, mapId, stageId, laneId, position, text, attributes, version);
    }
}
