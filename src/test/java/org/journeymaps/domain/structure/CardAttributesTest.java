package org.journeymaps.domain.structure;

import org.journeymaps.domain.kernel.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardAttributesTest {
    private static final CardAttributes ALL = new CardAttributes(Channel.EMAIL, Severity.HIGH, OpportunityStatus.OPEN,
            "alice", Rating.HIGH, Rating.LOW, Evidence.VALIDATED);

    @Test
    void laneTypes_shouldAllowExactlyTheirFields() {
        assertThat(allowed(LaneType.TOUCHPOINTS)).containsExactlyInAnyOrder(CardField.CHANNEL, CardField.EVIDENCE);
        assertThat(allowed(LaneType.CHANNELS)).containsExactlyInAnyOrder(CardField.CHANNEL, CardField.EVIDENCE);
        assertThat(allowed(LaneType.PAIN_POINTS)).containsExactlyInAnyOrder(CardField.SEVERITY, CardField.EVIDENCE);
        assertThat(allowed(LaneType.OPPORTUNITIES)).containsExactlyInAnyOrder(CardField.STATUS, CardField.OWNER_KEY,
                CardField.IMPACT, CardField.EFFORT, CardField.EVIDENCE);
        for (LaneType plain : EnumSet.of(LaneType.ACTIONS, LaneType.THOUGHTS, LaneType.EMOTIONS, LaneType.BACKSTAGE,
                LaneType.TEXT)) {
            assertThat(allowed(plain)).containsExactly(CardField.EVIDENCE);
        }
    }

    @Test
    void validFor_shouldNameTheFirstFieldTheLaneTypeDoesNotAllow() {
        CardAttributes severity = new CardAttributes(null, Severity.LOW, null, null, null, null, Evidence.ASSUMED);
        assertThatThrownBy(() -> severity.validFor(LaneType.TOUCHPOINTS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("severity");
                    assertThat(e.reason()).contains("TOUCHPOINTS");
                });
        assertThatThrownBy(() -> new CardAttributes(null, null, null, "bob", null, null, null).validFor(LaneType.ACTIONS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ownerKey"));
    }

    @Test
    void validFor_shouldAcceptAllowedFieldsAndNormaliseTheOwnerKey() {
        CardAttributes opportunity = new CardAttributes(null, null, OpportunityStatus.DONE, "  carol ", Rating.MEDIUM,
                Rating.HIGH, Evidence.PARTIAL);
        assertThat(opportunity.validFor(LaneType.OPPORTUNITIES).ownerKey()).isEqualTo("carol");
        assertThat(new CardAttributes(null, null, null, "   ", null, null, null).validFor(LaneType.OPPORTUNITIES))
                .isEqualTo(CardAttributes.NONE);
    }

    @ParameterizedTest
    @EnumSource(LaneType.class)
    void keepOnlyAllowedOn_shouldClearExactlyWhatTheNewLaneTypeDoesNotAllow(LaneType type) {
        CardAttributes kept = ALL.keepOnlyAllowedOn(type);
        for (CardField field : CardField.values()) {
            assertThat(kept.get(field)).as(field.fieldName()).isEqualTo(type.allows(field) ? ALL.get(field) : null);
        }
        assertThat(kept.validFor(type)).isEqualTo(kept);
    }

    @Test
    void patch_shouldKeepNullFieldsClearEmptyOnesAndSetValues() {
        CardAttributes base = new CardAttributes(null, null, OpportunityStatus.OPEN, "alice", Rating.LOW, null,
                Evidence.ASSUMED);
        CardAttributesPatch patch = new CardAttributesPatch(null, null, Optional.of(OpportunityStatus.DONE),
                Optional.empty(), null, Optional.of(Rating.HIGH), Optional.empty());

        assertThat(patch.applyTo(base, LaneType.OPPORTUNITIES)).isEqualTo(
                new CardAttributes(null, null, OpportunityStatus.DONE, null, Rating.LOW, Rating.HIGH, null));
        assertThat(CardAttributesPatch.NONE.applyTo(base, LaneType.OPPORTUNITIES)).isEqualTo(base);
    }

    @Test
    void patch_shouldRejectSettingAFieldTheLaneDoesNotAllowButAllowClearingIt() {
        CardAttributesPatch setChannel = new CardAttributesPatch(Optional.of(Channel.WEB), null, null, null, null, null,
                null);
        assertThatThrownBy(() -> setChannel.applyTo(CardAttributes.NONE, LaneType.PAIN_POINTS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("channel"));

        CardAttributesPatch clearChannel = new CardAttributesPatch(Optional.empty(), null, null, null, null, null, null);
        assertThat(clearChannel.applyTo(CardAttributes.NONE, LaneType.PAIN_POINTS)).isEqualTo(CardAttributes.NONE);
    }

    @Test
    void patch_shouldNormaliseTheOwnerKeyAndTreatBlankAsClearing() {
        CardAttributes base = new CardAttributes(null, null, null, "alice", null, null, null);
        assertThat(patchOwner(" bob ").applyTo(base, LaneType.OPPORTUNITIES).ownerKey()).isEqualTo("bob");
        assertThat(patchOwner("").applyTo(base, LaneType.OPPORTUNITIES).ownerKey()).isNull();
        assertThatThrownBy(() -> patchOwner("a\u0000b").applyTo(base, LaneType.OPPORTUNITIES))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("ownerKey"));
    }

    private static CardAttributesPatch patchOwner(String owner) {
        return new CardAttributesPatch(null, null, null, Optional.of(owner), null, null, null);
    }

    private static Set<CardField> allowed(LaneType type) {
        Set<CardField> fields = EnumSet.noneOf(CardField.class);
        for (CardField field : CardField.values()) {
            if (type.allows(field)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
