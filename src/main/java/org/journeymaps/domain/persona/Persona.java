package org.journeymaps.domain.persona;

import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.Limits;
import org.journeymaps.domain.kernel.TextField;
import org.journeymaps.domain.kernel.Versioned;
import java.util.Locale;
import java.util.regex.Pattern;

/** A persona of a space's library; maps link to the personas they show. */
public record Persona(long id, String spaceKey, String name, String role, String quote, String goals, String needs,
                      String pains, String color, long version) implements Versioned {

    public static final TextField NAME = TextField.requiredLine("name", Limits.NAME_LENGTH);
    public static final TextField ROLE = TextField.optionalLine("role", Limits.NAME_LENGTH);
    public static final TextField QUOTE = TextField.optionalText("quote", Limits.PERSONA_TEXT_LENGTH);
    public static final TextField GOALS = TextField.optionalText("goals", Limits.PERSONA_TEXT_LENGTH);
    public static final TextField NEEDS = TextField.optionalText("needs", Limits.PERSONA_TEXT_LENGTH);
    public static final TextField PAINS = TextField.optionalText("pains", Limits.PERSONA_TEXT_LENGTH);
    public static final TextField COLOR = TextField.optionalLine("color", Limits.NAME_LENGTH);
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-f]{6}");

    /** A new, unsaved persona of the space {@code spaceKey}. */
    public static Persona create(String spaceKey, String name, String role, String quote, String goals, String needs,
                                 String pains, String color) {
        return new Persona(UNSAVED_ID, spaceKey, NAME.normalise(name), ROLE.normalise(role), QUOTE.normalise(quote),
                GOALS.normalise(goals), NEEDS.normalise(needs), PAINS.normalise(pains), checkedColor(color),
                FIRST_VERSION);
    }

    /** Null leaves a field unchanged; an empty string clears an optional one. The version is not bumped here. */
    public Persona edited(String newName, String newRole, String newQuote, String newGoals, String newNeeds,
                          String newPains, String newColor) {
        return new Persona(id, spaceKey, NAME.patch(name, newName), ROLE.patch(role, newRole),
                QUOTE.patch(quote, newQuote), GOALS.patch(goals, newGoals), NEEDS.patch(needs, newNeeds),
                PAINS.patch(pains, newPains), newColor == null ? color : checkedColor(newColor), version);
    }

    public Persona withId(long newId) {
        return new Persona(newId, spaceKey, name, role, quote, goals, needs, pains, color, version);
    }

    public Persona nextVersion() {
        return new Persona(id, spaceKey, name, role, quote, goals, needs, pains, color, version + 1);
    }

    /** {@code #rrggbb} in lower case (upper case input is accepted), or null when blank. */
    private static String checkedColor(String raw) {
        String text = COLOR.normalise(raw == null ? null : raw.toLowerCase(Locale.ROOT));
        if (text != null && !HEX_COLOR.matcher(text).matches()) {
            throw new InvalidFieldException(COLOR.name(), "must be a colour like #1a2b3c");
        }
        return text;
    }
}
