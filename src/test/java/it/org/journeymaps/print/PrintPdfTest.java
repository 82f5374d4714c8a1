package it.org.journeymaps.print;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.browser.ScreenshotBaselines;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.RunningDevHost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map on paper: Confluence's PDF export of the demo page (devhost's /devhost/pdf) and the map's PDF download
 * keep every stage name and card text whole, inside the page, on A4 landscape pages; a 40-stage map paginates
 * without losing any. Pages are saved as PNG under target/screenshots for people to look at.
 */
class PrintPdfTest {

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void confluencesPdfExportOfTheDemoPageKeepsEveryStageAndCardWhole() throws Exception {
        // Alice reads Confluence in French, like the canvas mock-ups.
        byte[] pdf = download("alice", "/devhost/pdf?pageId=" + devhost.demoPageId(), 200);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertLandscapeA4(document);
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(textInsidePages(document)).contains(expectedTexts(demoMap()));
        }
        saveAsPngs(pdf, "canvas-print");
        for (int n = 1; n <= 2; n++) {
            ScreenshotBaselines.assertMatchesBaseline(Path.of("target", "screenshots", "canvas-print-" + n + ".png"),
                    "canvas-print-" + n);
        }
    }

    @Test
    void theMapsPdfDownloadIsThePrintLayoutInTheReadersLanguage() throws Exception {
        JsonNode map = demoMap();
        byte[] pdf = download("alice", Api.BASE_PATH + "/maps/" + map.path("id").asLong() + "/export/pdf", 200);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertLandscapeA4(document);
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = textInsidePages(document);
            assertThat(text).contains(expectedTexts(map));
            assertThat(text).contains(squeeze("Page 1 sur 2"), squeeze("Page 2 sur 2"), squeeze("Étapes 1 à 4 sur 7"),
                    squeeze("suite page suivante"), squeeze("État actuel"));
        }
    }

    @Test
    void portraitHoldsThreeStagesPerPage() throws Exception {
        long mapId = demoMap().path("id").asLong();
        byte[] pdf = download("alice", Api.BASE_PATH + "/maps/" + mapId + "/export/pdf?orientation=portrait", 200);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getHeight()).isGreaterThan(first.getMediaBox().getWidth());
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(textInsidePages(document)).contains(expectedTexts(demoMap()));
        }
    }

    @Test
    void theDownloadChecksViewPermissionAndItsOrientation() throws Exception {
        long mapId = demoMap().path("id").asLong();

        download("carol", Api.BASE_PATH + "/maps/" + mapId + "/export/pdf", 404);
        assertThat(devhost.as("alice").get("/maps/" + mapId + "/export/pdf?orientation=sideways").expect(400).json()
                .toString()).contains("orientation");
    }

    @Test
    void aFortyStageMapPaginatesWithoutLosingAStage() throws Exception {
        for (int lanes : List.of(7, 9)) {
            JsonNode map = largeMap(lanes);
            byte[] pdf = download("alice", Api.BASE_PATH + "/maps/" + map.path("id").asLong() + "/export/pdf", 200);

            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertLandscapeA4(document);
                String text = textInsidePages(document);
                assertThat(text).contains(expectedTexts(map));
                if (lanes == 7) {
                    // 6 lanes with cards fit across the vertical variant: one row per stage, rows flow over pages.
                    assertThat(text).contains(squeeze("Variante verticale"));
                    assertThat(document.getNumberOfPages()).isBetween(2, 5);
                } else {
                    // 8 do not: 10 horizontal pages of 4 stages.
                    assertThat(text).doesNotContain(squeeze("Variante verticale"));
                    assertThat(document.getNumberOfPages()).isEqualTo(10);
                }
            }
            saveAsPngs(pdf, "canvas-print-large-" + lanes + "-lanes");
        }
    }

    private static JsonNode demoMap() {
        return devhost.as("alice").get("/maps/" + devhost.mapIdOnPage(devhost.demoPageId())).expect(200).json();
    }

    private static JsonNode largeMap(int lanes) {
        long page = devhost.createPage("DEMO", "Grande carte " + lanes);
        List<Map<String, String>> stages = new ArrayList<>();
        for (int s = 1; s <= 40; s++) {
            stages.add(Map.of("name", "Étape numéro " + s));
        }
        String[] types = {"ACTIONS", "TOUCHPOINTS", "THOUGHTS", "EMOTIONS", "PAIN_POINTS", "OPPORTUNITIES", "BACKSTAGE",
                "TEXT", "CHANNELS"};
        List<Map<String, String>> laneList = new ArrayList<>();
        for (int l = 0; l < lanes; l++) {
            laneList.add(Map.of("name", "Couloir " + (l + 1), "type", types[l]));
        }
        JsonNode map = devhost.as("alice").post("/maps", Map.of("pageId", page, "title", "Grande carte",
                "state", "CURRENT", "stages", stages, "lanes", laneList)).expect(201).json();
        for (int s : List.of(0, 17, 39)) {
            devhost.as("alice").post("/maps/" + map.path("id").asLong() + "/cards", Map.of(
                    "stageId", map.path("stages").path(s).path("id").asLong(),
                    "laneId", map.path("lanes").path(0).path("id").asLong(),
                    "text", "Carte de l'étape " + (s + 1) + " : la cliente compare les offres et les délais")).expect(201);
        }
        return devhost.as("alice").get("/maps/" + map.path("id").asLong()).expect(200).json();
    }

    /** Every stage name and card text, squeezed of white space (text wraps inside cells). */
    private static String[] expectedTexts(JsonNode map) {
        List<String> texts = new ArrayList<>();
        map.path("stages").forEach(stage -> texts.add(squeeze(stage.path("name").asText())));
        map.path("cards").forEach(card -> texts.add(squeeze(card.path("text").asText())));
        assertThat(texts).hasSizeGreaterThan(map.path("stages").size() - 1);
        return texts.toArray(String[]::new);
    }

    /** The text drawn inside each page's box: what a cut at the page's edge would lose is left out. */
    private static String textInsidePages(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        for (PDPage page : document.getPages()) {
            stripper.addRegion("page", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(),
                    page.getMediaBox().getHeight()));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("page"));
        }
        return squeeze(text.toString());
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    private static void assertLandscapeA4(PDDocument document) {
        for (PDPage page : document.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    private static byte[] download(String user, String path, int status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(devhost.host().baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        if (status == 200) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/pdf"));
        }
        return response.body();
    }

    /** pdftoppm (Debian's poppler-utils) at 60 dpi, as the canvas mock-ups' print-n.png. */
    private static void saveAsPngs(byte[] pdf, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = Files.createTempFile("journey-map-print", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", file.toString(),
                    dir.resolve(name).toString()).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        } finally {
            Files.delete(file);
        }
    }
}
