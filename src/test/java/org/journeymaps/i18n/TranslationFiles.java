package org.journeymaps.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The app's i18n files as key → pattern, read as Confluence reads them (UTF-8, {@code \\uXXXX} decoded). */
final class TranslationFiles {

    static final Map<String, String> ENGLISH = load("/i18n/journeymaps.properties");
    static final Map<String, String> FRENCH = load("/i18n/journeymaps_fr.properties");

    private static final String CHOICE = ",choice,";

    private TranslationFiles() {
    }

    /** The bodies of the pattern's choice formats ({@code 0#…|1<…}), nested braces included. */
    static List<String> choices(String pattern) {
        List<String> bodies = new ArrayList<>();
        int start = pattern.indexOf(CHOICE);
        while (start >= 0) {
            int end = closingBrace(pattern, start);
            bodies.add(pattern.substring(start + CHOICE.length(), end));
            start = pattern.indexOf(CHOICE, end);
        }
        return bodies;
    }

    /** The pattern with each choice format replaced by its argument alone ({@code {1,choice,…}} → {@code {1}}). */
    static String withoutChoices(String pattern) {
        String rest = pattern;
        for (String body : choices(pattern)) {
            rest = rest.replace(CHOICE + body + "}", "}");
        }
        return rest;
    }

    private static int closingBrace(String pattern, int from) {
        int depth = 0;
        for (int i = from; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed choice in " + pattern);
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = TranslationFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
