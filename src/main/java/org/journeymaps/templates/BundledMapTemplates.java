package org.journeymaps.templates;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeymaps.app.template.InitialCard;
import org.journeymaps.app.template.InitialEmotion;
import org.journeymaps.app.template.MapTemplate;
import org.journeymaps.app.structure.NewLane;
import org.journeymaps.app.structure.NewStage;
import org.journeymaps.app.template.MapTemplates;
import org.journeymaps.domain.structure.CardAttributes;

/**
 * The templates shipped in the app's jar, one JSON file per template under {@code map-templates/}, read once.
 * A file that cannot be read is a build error, reported with the file and the place in it.
 */
@Named
public class BundledMapTemplates implements MapTemplates {

    static final String FOLDER = "map-templates/";
    /** The templates in the order they are offered. */
    static final List<String> IDS = List.of("ecommerce-purchase", "it-support-ticket", "b2b-onboarding",
            "bank-account-opening");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Map<String, TemplateFile> files;

    @Inject
    public BundledMapTemplates() {
        this(FOLDER, IDS);
    }

    BundledMapTemplates(String folder, List<String> ids) {
        Map<String, TemplateFile> read = new LinkedHashMap<>();
        for (String id : ids) {
            read.put(id, read(folder + id + ".json"));
        }
        this.files = read;
    }

    @Override
    public List<MapTemplate> all(Locale locale) {
        return files.entrySet().stream().map(file -> template(file.getKey(), file.getValue(), locale)).toList();
    }

    private static MapTemplate template(String id, TemplateFile file, Locale locale) {
        return new MapTemplate(id, file.name().in(locale), file.description().in(locale),
                file.stages().stream().map(s -> new NewStage(s.name().in(locale), text(s.description(), locale),
                                text(s.phase(), locale), null))
                        .toList(),
                file.lanes().stream().map(l -> new NewLane(l.name().in(locale), l.type(), null)).toList(),
                file.cards().stream().map(c -> new InitialCard(c.stage(), c.lane(), c.text().in(locale),
                        new CardAttributes(c.channel(), c.severity(), c.status(), null, c.impact(), c.effort(),
                                c.evidence()))).toList(),
                file.emotions().stream().map(e -> new InitialEmotion(e.stage(), e.score(), text(e.note(), locale)))
                        .toList());
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    private TemplateFile read(String location) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Map template " + location + " is missing from the app");
            }
            return JSON.readValue(in, TemplateFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Map template " + location + " cannot be read: " + e.getMessage(), e);
        }
    }
}
