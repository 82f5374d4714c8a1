package org.journeymaps.domain.kernel;

import org.journeymaps.domain.comment.Comment;
import org.journeymaps.domain.emotion.EmotionPoint;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.persona.Persona;
import org.journeymaps.domain.structure.Card;
import org.journeymaps.domain.structure.CardAttributes;
import org.journeymaps.domain.structure.Lane;
import org.journeymaps.domain.structure.Stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFieldTest {
    private static final TextField LINE = TextField.requiredLine("name", 10);
    private static final TextField OPTIONAL_LINE = TextField.optionalLine("role", 10);
    private static final TextField MULTI = TextField.optionalText("note", 20);

    @Test
    void normalise_shouldTrimAndComposeToNfc() {
        // "e" + combining acute accent composes to the single character U+00E9.
        assertThat(LINE.normalise("  Cafe\u0301 \u00a0")).isEqualTo("Caf\u00e9");
    }

    @Test
    void normalise_shouldCountLengthAfterNfc() {
        String decomposed = "e\u0301".repeat(10);
        assertThat(LINE.normalise(decomposed)).isEqualTo("\u00e9".repeat(10));
    }

    @Test
    void normalise_shouldTurnWindowsAndOldMacLineBreaksIntoNewlines() {
        assertThat(MULTI.normalise("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void normalise_shouldKeepNewlinesAndTabsInMultiLineFields() {
        assertThat(MULTI.normalise("a\tb\nc")).isEqualTo("a\tb\nc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\tb", "a\r\nb"})
    void normalise_shouldRejectLineBreaksAndTabsInSingleLineFields(String raw) {
        assertThatThrownBy(() -> LINE.normalise(raw))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.reason()).contains("control characters");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b"})
    void normalise_shouldRejectControlCharactersEvenInMultiLineFields(String raw) {
        assertThatThrownBy(() -> MULTI.normalise(raw))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("note"));
    }

    @Test
    void normalise_shouldAcceptSurrogatePairsButRejectLoneSurrogates() {
        assertThat(MULTI.normalise("smile \ud83d\ude00")).isEqualTo("smile \ud83d\ude00");
        assertThatThrownBy(() -> MULTI.normalise("broken \ud83d"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.reason()).contains("surrogate"));
        assertThatThrownBy(() -> MULTI.normalise("\ude00 broken"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.reason()).contains("surrogate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void normalise_shouldTurnBlankIntoNullForOptionalFields(String raw) {
        assertThat(MULTI.normalise(raw)).isNull();
        assertThat(OPTIONAL_LINE.normalise(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void normalise_shouldRejectBlankRequiredFields(String raw) {
        assertThatThrownBy(() -> LINE.normalise(raw))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.reason()).isEqualTo("must not be blank");
                });
        assertThatThrownBy(() -> LINE.normalise(null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void normalise_shouldAcceptTheMaximumLengthAndRejectOneMore() {
        assertThat(LINE.normalise("x".repeat(10))).hasSize(10);
        assertThatThrownBy(() -> LINE.normalise("x".repeat(11)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.reason()).isEqualTo("must be at most 10 characters"));
    }

    @Test
    void patch_shouldKeepOnNullAndClearOnEmpty() {
        assertThat(OPTIONAL_LINE.patch("old", null)).isEqualTo("old");
        assertThat(OPTIONAL_LINE.patch("old", "")).isNull();
        assertThat(OPTIONAL_LINE.patch("old", " new ")).isEqualTo("new");
        assertThatThrownBy(() -> LINE.patch("old", "")).isInstanceOf(InvalidFieldException.class);
    }

    static Stream<Arguments> modelFields() {
        return Stream.of(
                Arguments.of(JourneyMap.TITLE, "title", 255),
                Arguments.of(JourneyMap.DESCRIPTION, "description", 2_000),
                Arguments.of(JourneyMap.OWNER_KEY, "ownerKey", 255),
                Arguments.of(Stage.NAME, "name", 255),
                Arguments.of(Stage.DESCRIPTION, "description", 2_000),
                Arguments.of(Lane.NAME, "name", 255),
                Arguments.of(Card.TEXT, "text", 2_000),
                Arguments.of(CardAttributes.OWNER_KEY, "ownerKey", 255),
                Arguments.of(EmotionPoint.NOTE, "note", 2_000),
                Arguments.of(Comment.BODY, "body", 10_000),
                Arguments.of(Persona.NAME, "name", 255),
                Arguments.of(Persona.ROLE, "role", 255),
                Arguments.of(Persona.QUOTE, "quote", 2_000),
                Arguments.of(Persona.GOALS, "goals", 2_000),
                Arguments.of(Persona.NEEDS, "needs", 2_000),
                Arguments.of(Persona.PAINS, "pains", 2_000));
    }

    @ParameterizedTest
    @MethodSource("modelFields")
    void modelFields_shouldEnforceTheirDocumentedLimits(TextField field, String name, int limit) {
        assertThat(field.normalise("x".repeat(limit))).hasSize(limit);
        assertThatThrownBy(() -> field.normalise("x".repeat(limit + 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(name));
    }

    @Test
    void multiLineness_shouldFollowTheKindOfField() {
        assertThat(Stream.of(JourneyMap.DESCRIPTION, Stage.DESCRIPTION, Card.TEXT, EmotionPoint.NOTE, Comment.BODY,
                Persona.QUOTE, Persona.GOALS, Persona.NEEDS, Persona.PAINS)).allMatch(TextField::multiLine);
        assertThat(Stream.of(JourneyMap.TITLE, Stage.NAME, Lane.NAME, Persona.NAME, Persona.ROLE, JourneyMap.OWNER_KEY))
                .noneMatch(TextField::multiLine);
    }
}
