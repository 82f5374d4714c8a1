package org.journeymaps.devhost.bench;

import com.atlassian.confluence.pages.DevHostPages;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.user.DevHostAuthenticatedUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.journeymaps.ao.structure.AoCard;
import org.journeymaps.ao.emotion.AoEmotion;
import org.journeymaps.ao.jira.AoIssueLink;
import org.journeymaps.ao.map.AoJourneyMap;
import org.journeymaps.ao.structure.AoLane;
import org.journeymaps.ao.history.AoMapVersion;
import org.journeymaps.ao.persona.AoMapPersona;
import org.journeymaps.ao.structure.AoStage;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.history.VersionService;
import org.journeymaps.confluence.macro.JourneyMapMacro;
import org.journeymaps.devhost.DevHost;
import org.journeymaps.devhost.DevHostConfig;
import org.journeymaps.devhost.ao.JdbcActiveObjects;
import org.journeymaps.devhost.render.DevConversionContext;
import org.journeymaps.devhost.webresource.DevPageBuilderService;
import org.journeymaps.domain.map.MapContent;
import org.journeymaps.rest.kernel.JsonMapperProvider;
import org.journeymaps.rest.map.MapDto;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures the large map (40 stages × 12 lanes, 2,400 cards): the macro's render, {@code GET /maps/{id}}, saving
 * and opening a version (with the snapshot's size),
 * each beside its floor measured in the same run, and the SQL statements each call costs. Run it with
 * {@code mvn -q test-compile exec:java@benchmark}; it prints a table and exits.
 */
public final class LargeMapBenchmark {

    private static final String JDBC_URL = "jdbc:h2:mem:journey-maps-benchmark";

    private LargeMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DevHostConfig config = DevHostConfig.defaults().withPort(0).withDb(JDBC_URL).withSeeders(List.of())
                .withDataDir(Files.createTempDirectory("journey-maps-benchmark"));
        try (DevHost host = DevHost.start(config)) {
            DevHostAuthenticatedUser.bind(host.directory().user("admin").orElseThrow());
            run(host);
        } finally {
            DevHostAuthenticatedUser.clear();
        }
    }

    private static void run(DevHost host) throws Exception {
        var context = host.applicationContext();
        MapService maps = context.getBean(MapService.class);
        long pageId = DevHostPages.idOf(host.directory().createPage("DEMO", "Grande carte", ""));
        System.out.println("Building the large map through the app's services…");
        MapContent map = LargeMapBuilder.build(maps, context.getBean(CardService.class), pageId, 40, 12, 2400);
        long mapId = map.map().id();
        JdbcActiveObjects ao = (JdbcActiveObjects) context.getBean(ActiveObjects.class);
        JourneyMapMacro macro = context.getAutowireCapableBeanFactory().createBean(JourneyMapMacro.class);
        DevPageBuilderService pages = context.getBean(DevPageBuilderService.class);
        ObjectMapper json = JsonMapperProvider.createMapper();
        Floors floors = new Floors(map);
        Map<String, String> tables = tablesOf(ao);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(host.baseUrl() + "/rest/journeymaps/1.0/maps/" + mapId))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))).build();

        Callable<String> render = () -> {
            try (var page = pages.openPage()) {
                return macro.execute(Map.of("mapId", String.valueOf(mapId)), null, new DevConversionContext("display"));
            }
        };
        Callable<byte[]> getInJvm = () -> json.writeValueAsBytes(MapDto.of(maps.get(mapId), Map.of(), name -> null));
        Callable<String> getOverHttp = () -> http.send(get, HttpResponse.BodyHandlers.ofString()).body();

        System.out.printf("%nLarge map: %d stages × %d lanes, %d cards (H2 in memory, %d timed runs after %d warm-up)%n",
                map.stages().size(), map.lanes().size(), map.cards().size(), Timing.RUNS, Timing.WARM_UP);
        System.out.printf("%-30s %10s %10s %14s %8s %8s%n", "", "median ms", "p90 ms", "floor med. ms", "× floor",
                "SQL");
        report("macro render (display)", render, floors::plainTable, ao);
        report("GET /maps/{id} in the JVM", getInJvm, () -> Floors.jdbcToJson(JDBC_URL, tables, mapId, json), ao);
        report("GET /maps/{id} over HTTP", getOverHttp, () -> Floors.jdbcToJson(JDBC_URL, tables, mapId, json), ao);
        System.out.printf("(macro HTML %d KB; map JSON %d KB)%n", render.call().length() / 1024,
                getInJvm.call().length / 1024);
        reportHistory(context.getBean(VersionService.class), mapId, ao, tables, json);
        JiraRefreshBenchmark.run(host, map);
    }

    /** History: saving a version (a snapshot of the whole map) and opening it, and the snapshot's size. */
    private static void reportHistory(VersionService versions, long mapId, JdbcActiveObjects ao,
                                      Map<String, String> tables, ObjectMapper json) throws Exception {
        Callable<?> floor = () -> Floors.jdbcToJson(JDBC_URL, tables, mapId, json);
        report("save a version (snapshot)", () -> versions.save(mapId, "Benchmark"), floor, ao);
        report("GET /maps/{id}/versions/{n}", () -> json.writeValueAsBytes(MapDto.of(versions.open(mapId, 1), Map.of(), name -> null)),
                floor, ao);
        try (Connection connection = DriverManager.getConnection(JDBC_URL, "sa", "");
             PreparedStatement size = connection.prepareStatement("SELECT MAX(LENGTH(\"SNAPSHOT\")) FROM \""
                     + ao.tableName(AoMapVersion.class) + "\" WHERE \"MAP_ID\" = ?")) {
            size.setLong(1, mapId);
            try (ResultSet result = size.executeQuery()) {
                result.next();
                System.out.printf("(version snapshot %d KB of JSON per version)%n", result.getLong(1) / 1024);
            }
        }
    }

    private static void report(String what, Callable<?> action, Callable<?> floor, JdbcActiveObjects ao)
            throws Exception {
        ao.statementCounter().reset();
        action.call();
        long statements = ao.statementCounter().count();
        Timing app = Timing.of(action);
        Timing base = Timing.of(floor);
        System.out.printf("%-30s %10.1f %10.1f %14.1f %8.1f %8d%n", what, app.medianMs(), app.p90Ms(),
                base.medianMs(), app.medianMs() / base.medianMs(), statements);
    }

    /** The floor reads the same tables: the map by its id, every other table by its map. */
    private static Map<String, String> tablesOf(JdbcActiveObjects ao) {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put(ao.tableName(AoJourneyMap.class), "ID");
        for (var type : List.of(AoStage.class, AoLane.class, AoCard.class, AoEmotion.class, AoMapPersona.class,
                AoIssueLink.class)) {
            tables.put(ao.tableName(type), "MAP_ID");
        }
        return tables;
    }
}
