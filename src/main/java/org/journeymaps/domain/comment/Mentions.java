package org.journeymaps.domain.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username} mentions of a comment body. A mention starts the text or follows a character that cannot
 * be part of a user name (so an e-mail address is no mention); a trailing full stop ends the sentence, not the name.
 */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}._-]+)");

    private Mentions() {
    }

    /** The user names mentioned, lower-case, each once, in order of first mention. */
    public static Set<String> names(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body == null ? "" : body);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.]+$", "");
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
