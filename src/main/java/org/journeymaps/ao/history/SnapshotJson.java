package org.journeymaps.ao.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.journeymaps.domain.map.MapContent;

/**
 * A map's content as stored in a version: {@code {"format": 1, "content": {…}}}, the content being the domain's
 * records as Jackson writes them (map, stages, lanes, cards with attributes, emotions, personas, issue links).
 * Fields added to those records later read back as null or 0 from older snapshots, and fields no longer known
 * are ignored; a change that needs more bumps {@link #FORMAT} and converts here.
 */
final class SnapshotJson {
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Unset attributes are most of a card's fields; left out, they read back as null.
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SnapshotJson() {
    }

    /** The stored document; its format number travels with it. */
    record Document(int format, MapContent content) {
    }

    static String write(MapContent content) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT, content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Map " + content.map().id() + " cannot be written as JSON", e);
        }
    }

    static MapContent read(String json) {
        try {
            Document document = MAPPER.readValue(json, Document.class);
            if (document.format() != FORMAT) {
                throw new IllegalStateException("Unknown snapshot format " + document.format());
            }
            return document.content();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored snapshot cannot be read", e);
        }
    }
}
