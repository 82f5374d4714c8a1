package org.journeymaps.devhost.webresource;

import org.journeymaps.devhost.descriptor.DownloadResource;
import org.journeymaps.devhost.descriptor.WebResourceModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformWebResourcesTest {

    private static final String AUI = PlatformWebResources.AUI;

    @TempDir
    Path nodeModules;
    private WebResourceRegistry registry;

    @BeforeEach
    void installPackages() throws IOException {
        write("jquery/dist/jquery.min.js");
        write("@atlassian/aui/dist/aui/aui-prototyping.js");
        write("@atlassian/aui/dist/aui/aui-prototyping.css");
        write("@atlassian/aui/dist/aui/fonts/adgs-icons.woff");
        write("secret.txt");
        registry = new WebResourceRegistry("jm", List.of(new WebResourceModule("viewer", List.of(AUI),
                List.of(new DownloadResource("viewer.js", "frontend/viewer.js", null)))), List.of(),
                PlatformWebResources.from(nodeModules));
    }

    @Test
    void tags_shouldLoadJqueryAndAuiBeforeTheAppsResourceThatNeedsThem() {
        assertThat(registry.tags(List.of("jm:viewer"), "/c")).isEqualTo("""
                <script src="/c/download/resources/com.atlassian.auiplugin:ajs/jquery.js" data-wrm-key="com.atlassian.auiplugin:ajs"></script>
                <script src="/c/download/resources/com.atlassian.auiplugin:ajs/aui.js" data-wrm-key="com.atlassian.auiplugin:ajs"></script>
                <link rel="stylesheet" href="/c/download/resources/com.atlassian.auiplugin:ajs/aui.css" data-wrm-key="com.atlassian.auiplugin:ajs">
                <script src="/c/download/resources/jm:viewer/viewer.js" data-wrm-key="jm:viewer"></script>
                """);
    }

    @Test
    void locate_shouldFindAuiFilesAndFontsInTheNodeModules() throws URISyntaxException {
        WebResourceRegistry.Located css = registry.locate(AUI, "aui.css").orElseThrow();
        assertThat(css.platform()).isTrue();
        assertThat(Path.of(registry.platformFile(css).orElseThrow().toURI()))
                .isEqualTo(nodeModules.resolve("@atlassian/aui/dist/aui/aui-prototyping.css"));
        WebResourceRegistry.Located font = registry.locate(AUI, "fonts/adgs-icons.woff").orElseThrow();
        assertThat(registry.platformFile(font)).isPresent();
        assertThat(registry.locate("jm:viewer", "viewer.js").orElseThrow().platform()).isFalse();
    }

    @Test
    void platformFile_shouldNeverLeaveTheNodeModules() {
        WebResourceRegistry.Located escape = registry.locate(AUI, "fonts/../../../../../secret.txt").orElseThrow();
        assertThat(registry.platformFile(escape)).isEmpty();
        WebResourceRegistry.Located outside = registry.locate(AUI, "fonts/../../../../../../etc/passwd").orElseThrow();
        assertThat(registry.platformFile(outside)).isEmpty();
        assertThat(registry.locate(AUI, "fonts/missing.woff").flatMap(registry::platformFile)).isEmpty();
    }

    @Test
    void contextPath_shouldBeDevhostsScriptDefiningAjsContextPath() throws IOException {
        String key = PlatformWebResources.CONTEXT_PATH;
        assertThat(registry.tags(List.of(key), "/c")).isEqualTo("<script src=\"/c/download/resources/" + key
                + "/context-path.js\" data-wrm-key=\"" + key + "\"></script>\n");
        WebResourceRegistry.Located script = registry.locate(key, "context-path.js").orElseThrow();
        try (var in = registry.platformFile(script).orElseThrow().openStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("AJS.contextPath = function", "ajs-context-path");
        }
    }

    @Test
    void from_shouldPlayOnlyTheContextPathWhenThePackagesAreNotInstalled() {
        PlatformWebResources withoutAui = PlatformWebResources.from(nodeModules.resolve("absent"));
        assertThat(withoutAui.module(AUI)).isEmpty();
        assertThat(withoutAui.module(PlatformWebResources.CONTEXT_PATH)).isPresent();
        WebResourceRegistry bare = new WebResourceRegistry("jm", List.of(), List.of(), withoutAui);
        assertThat(bare.tags(List.of(AUI), "")).contains("<!-- web-resource com.atlassian.auiplugin:ajs is provided by Confluence");
        assertThat(bare.locate(AUI, "aui.js")).isEmpty();
    }

    private void write(String relative) throws IOException {
        Path file = nodeModules.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
    }
}
