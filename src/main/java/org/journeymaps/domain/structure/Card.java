package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.Text;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;

/** A card in the cell of one stage and one lane. */
public record Card(long id, long mapId, long stageId, long laneId, int position, String text,
                   CardAttributes attributes, long version) implements Versioned, Positioned<Card> {

    public static final TextField TEXT = TextField.requiredText("text", Limits.CARD_TEXT_LENGTH);

    public Card {
        attributes = attributes == null ? CardAttributes.NONE : attributes;
    }

    /** A new, unsaved card on a lane of {@code laneType}; its position is set when it is placed. */
    public static Card create(long mapId, long stageId, long laneId, LaneType laneType, String text,
                              CardAttributes attributes) {
        CardAttributes checked = attributes == null ? null : attributes.validFor(laneType);
        return new Card(UNSAVED_ID, mapId, stageId, laneId, 0, TEXT.normalise(text), checked, FIRST_VERSION);
    }

    /**
     * The card moved to another cell. Attributes the new lane's type does not allow are cleared (the change log
     * keeps the history); position and version are left to the caller.
     */
    public Card movedTo(long newStageId, long newLaneId, LaneType newLaneType) {
        return new Card(id, mapId, newStageId, newLaneId, position, text,
                attributes.keepOnlyAllowedOn(newLaneType), version);
    }

    /** Text (null = unchanged) and attributes changed for a card on a lane of {@code laneType}; version unchanged. */
    public Card edited(String newText, CardAttributesPatch patch, LaneType laneType) {
        CardAttributes newAttributes = patch == null ? attributes : patch.applyTo(attributes, laneType);
        return new Card(id, mapId, stageId, laneId, position, TEXT.patch(text, newText), newAttributes, version);
    }

    public Card withId(long newId) {
        return new Card(newId, mapId, stageId, laneId, position, text, attributes, version);
    }

    @Override
    public Card withPosition(int newPosition) {
        return new Card(id, mapId, stageId, laneId, newPosition, text, attributes, version);
    }

    public Card nextVersion() {
        return new Card(id, mapId, stageId, laneId, position, text, attributes, version + 1);
    }
}
