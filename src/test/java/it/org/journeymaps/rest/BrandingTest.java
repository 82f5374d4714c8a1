package it.org.journeymaps.rest;

import static it.org.journeymaps.support.ApiErrors.assertError;
import static it.org.journeymaps.support.ApiErrors.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.org.journeymaps.support.Api;
import it.org.journeymaps.support.ApiResponse;
import it.org.journeymaps.support.RunningDevHost;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A space's branding: its readers read it (GET), only its administrators change it (admin on DEMO; alice edits
 * DEMO but does not administer it, bob only views it: 403; carol cannot see DEMO: 404; anonymous: 401). Bad
 * colours and logos are refused naming the field, and leave what was stored as it was.
 */
class BrandingTest {
    private static final String BRANDING = "/spaces/" + DemoDirectory.DEMO_SPACE + "/branding";
    private static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
    private static final Map<String, Object> RED = Map.of("enabled", true, "brand", "#AA0000",
            "phaseColours", List.of("#FFEEEE", "#CC3333", "#660000"));

    @RegisterExtension
    static final RunningDevHost devhost = new RunningDevHost();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"admin, 200, 200", "alice, 200, 403", "bob, 200, 403", "carol, 404, 404", ", 401, 401"})
    void readersReadAndOnlySpaceAdminsChange(String user, int read, int write) {
        Api api = user == null ? devhost.anonymous() : devhost.as(user);

        assertThat(api.get(BRANDING).status()).as(user + " reads").isEqualTo(read);
        assertThat(api.put(BRANDING, RED).status()).as(user + " saves colours").isEqualTo(write);
        assertThat(api.send("PUT", BRANDING + "/logo", "image/png", PNG).status()).as(user + " uploads").isEqualTo(write);
        assertThat(api.delete(BRANDING + "/logo").status()).as(user + " removes the logo").isEqualTo(write);
    }

    @Test
    void savedColoursComeBackWithTheirReadableTextAndMapsOfTheSpaceCarryThem() {
        JsonNode saved = devhost.as("admin").put(BRANDING, RED).expect(200).json();

        assertThat(saved.path("brand").asText()).isEqualTo("#AA0000");
        assertThat(saved.path("brandText").asText()).isEqualTo("#FFFFFF");
        assertThat(saved.path("phaseTextColours").toString()).isEqualTo("[\"#172B4D\",\"#FFFFFF\",\"#FFFFFF\"]");
        JsonNode bobSees = devhost.as("bob").get(BRANDING).expect(200).json();
        assertThat(bobSees.path("phaseColours").toString()).isEqualTo("[\"#FFEEEE\",\"#CC3333\",\"#660000\"]");
        JsonNode maps = devhost.as("bob").get("/maps?spaceKey=DEMO").expect(200).json();
        long mapId = maps.path("results").get(0).path("id").asLong();
        assertThat(devhost.as("bob").get("/maps/" + mapId).expect(200).json().path("branding").path("brand").asText())
                .isEqualTo("#AA0000");

        devhost.as("admin").put(BRANDING, Map.of("enabled", false, "brand", "#AA0000",
                "phaseColours", List.of("#FFEEEE", "#CC3333", "#660000"))).expect(200);
        assertThat(devhost.as("bob").get("/maps/" + mapId).expect(200).json().path("branding").isNull()).isTrue();
    }

    @Test
    void aLogoIsServedWithItsTypeAndCacheHeadersUnderAnAddressThatChangesWithIt() {
        String logoUrl = devhost.as("admin").send("PUT", BRANDING + "/logo", "application/octet-stream", PNG)
                .expect(200).json().path("logoUrl").asText();

        assertThat(logoUrl).contains(BRANDING + "/logo?v=");
        ApiResponse logo = devhost.as("bob").get(BRANDING + "/logo");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).hasValue("image/png");
        assertThat(logo.header("Content-Length")).hasValue(String.valueOf(PNG.length));
        assertThat(logo.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
        assertThat(logo.header("X-Content-Type-Options")).hasValue("nosniff");
        String again = devhost.as("admin").send("PUT", BRANDING + "/logo", "image/png", PNG).expect(200).json()
                .path("logoUrl").asText();
        assertThat(again).isNotEqualTo(logoUrl);

        devhost.as("admin").delete(BRANDING + "/logo").expect(200);
        assertError(devhost.as("bob").get(BRANDING + "/logo"), 404);
    }

    @Test
    void badColoursAndLogosAreRefusedNamingTheFieldAndChangeNothing() {
        Api admin = devhost.as("admin");
        admin.put(BRANDING, RED).expect(200);
        admin.send("PUT", BRANDING + "/logo", "image/png", PNG).expect(200);
        String before = admin.get(BRANDING).expect(200).body();

        assertFieldError(admin.put(BRANDING, Map.of("enabled", true, "brand", "red",
                "phaseColours", List.of("#FFEEEE", "#CC3333", "#660000"))), 400, "brand");
        assertFieldError(admin.put(BRANDING, Map.of("enabled", true, "brand", "#AA0000",
                "phaseColours", List.of("#FFEEEE", "#CC333", "#660000"))), 400, "phaseColours[1]");
        assertFieldError(admin.put(BRANDING, Map.of("brand", "#AA0000",
                "phaseColours", List.of("#FFEEEE", "#CC3333", "#660000"))), 400, "enabled");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertFieldError(admin.send("PUT", BRANDING + "/logo", "image/png", svg), 400, "logo");
        assertFieldError(admin.send("PUT", BRANDING + "/logo", "image/png", Arrays.copyOf(PNG, 256 * 1024 + 1)),
                413, "logo");

        assertThat(admin.get(BRANDING).expect(200).body()).isEqualTo(before);
    }

    @Test
    void mutationsNeedTheXsrfToken() {
        assertThat(devhost.as("admin").withoutXsrfToken().put(BRANDING, RED).status()).isEqualTo(403);
    }
}
