package org.journeymaps.devhost.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the demo files ({@code demo/*.json} on the classpath, in name order so ids come out the same on every
 * fresh start) and checks their structure: required fields, known enum values, no unknown fields, and stage and
 * lane indexes that exist. What the model itself rules on (lengths, colours, scores) is left to the app.
 */
public final class DemoFiles {

    public static final String FOLDER = "demo";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private DemoFiles() {
    }

    /** A demo file by name (e.g. {@code demo/veste-hiver.json}) and content. */
    public record DemoFile(String name, DemoMapFile content) {
    }

    /** Every demo file in {@code folder} of the class path, parsed and checked. */
    public static List<DemoFile> readAll(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("No folder '" + folder + "' on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readFolder(jar.provider().getPath(uri), folder);
                }
            }
            return readFolder(Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo files in " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the demo files in " + url, e);
        }
    }

    private static List<DemoFile> readFolder(Path dir, String folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        List<DemoFile> read = new ArrayList<>();
        for (Path file : files) {
            read.add(parse(folder + "/" + file.getFileName(), Files.readString(file)));
        }
        return read;
    }

    /** Parses and checks one demo file; {@code name} is only used in error messages. */
    public static DemoFile parse(String name, String json) {
        DemoMapFile content;
        try {
            content = JSON.readValue(json, DemoMapFile.class);
        } catch (JsonMappingException e) {
            throw new InvalidDemoFileException(name, pathOf(e), "is wrong: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidDemoFileException(name, "(file)", "is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (content == null) {
            throw new InvalidDemoFileException(name, "(file)", "must hold a JSON object");
        }
        check(name, content);
        return new DemoFile(name, content);
    }

    private static void check(String name, DemoMapFile map) {
        Checks checks = new Checks(name);
        checks.text("page", map.page());
        checks.text("title", map.title());
        checks.notEmpty("stages", map.stages());
        checks.notEmpty("lanes", map.lanes());
        for (int i = 0; i < map.personas().size(); i++) {
            checks.text("personas[" + i + "].name", map.personas().get(i).name());
        }
        for (int i = 0; i < map.stages().size(); i++) {
            checks.text("stages[" + i + "].name", map.stages().get(i).name());
        }
        for (int i = 0; i < map.lanes().size(); i++) {
            checks.text("lanes[" + i + "].name", map.lanes().get(i).name());
            checks.present("lanes[" + i + "].type", map.lanes().get(i).type());
        }
        for (int i = 0; i < map.cards().size(); i++) {
            DemoMapFile.CardEntry card = map.cards().get(i);
            checks.index("cards[" + i + "].stage", card.stage(), map.stages().size(), "stage");
            checks.index("cards[" + i + "].lane", card.lane(), map.lanes().size(), "lane");
            checks.text("cards[" + i + "].text", card.text());
        }
        for (int i = 0; i < map.emotions().size(); i++) {
            DemoMapFile.EmotionEntry emotion = map.emotions().get(i);
            checks.index("emotions[" + i + "].stage", emotion.stage(), map.stages().size(), "stage");
            checks.present("emotions[" + i + "].score", emotion.score());
        }
    }

    /** The JSON path of a mapping failure, as {@code cards[3].channel}. */
    private static String pathOf(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "(file)";
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).substring(1).replace(".[", "[");
    }

    private record Checks(String file) {

        void text(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidDemoFileException(file, field, "is required");
            }
        }

        void present(String field, Object value) {
            if (value == null) {
                throw new InvalidDemoFileException(file, field, "is required");
            }
        }

        void notEmpty(String field, List<?> values) {
            if (values.isEmpty()) {
                throw new InvalidDemoFileException(file, field, "must list at least one");
            }
        }

        void index(String field, Integer value, int size, String what) {
            present(field, value);
            if (value < 0 || value >= size) {
                throw new InvalidDemoFileException(file, field,
                        "is " + value + ", not the index of a " + what + " (0 to " + (size - 1) + ")");
            }
        }
    }
}
