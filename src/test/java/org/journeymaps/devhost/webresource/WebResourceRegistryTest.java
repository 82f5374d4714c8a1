package org.journeymaps.devhost.webresource;

import org.journeymaps.devhost.descriptor.DescriptorException;
import org.journeymaps.devhost.descriptor.DownloadResource;
import org.journeymaps.devhost.descriptor.WebResourceModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebResourceRegistryTest {

    private static final String AUI = "com.atlassian.auiplugin:ajs";

    private final WebResourceRegistry registry = new WebResourceRegistry("jm", List.of(
            module("viewer", List.of("jm:common", AUI), "viewer.js", "viewer.css"),
            module("common", List.of(), "common.js"),
            module("editor", List.of("jm:common", "jm:viewer"), "editor.js")),
            List.of(new DownloadResource("images/", "images/", null)), PlatformWebResources.none());

    @Test
    void inDependencyOrder_shouldPutDependenciesFirstAndEachOnce() {
        assertThat(registry.inDependencyOrder(List.of("jm:editor", "jm:viewer")))
                .containsExactly("jm:common", AUI, "jm:viewer", "jm:editor");
    }

    @Test
    void tags_shouldLinkTheAppsFilesAndMarkOtherPluginsResources() {
        assertThat(registry.tags(List.of("jm:viewer"), "/confluence")).isEqualTo("""
                <script src="/confluence/download/resources/jm:common/common.js" data-wrm-key="jm:common"></script>
                <!-- web-resource com.atlassian.auiplugin:ajs is provided by Confluence, not by devhost -->
                <script src="/confluence/download/resources/jm:viewer/viewer.js" data-wrm-key="jm:viewer"></script>
                <link rel="stylesheet" href="/confluence/download/resources/jm:viewer/viewer.css" data-wrm-key="jm:viewer">
                """);
    }

    @Test
    void inContext_shouldListTheAppsWebResourcesDeclaringTheContextInDescriptorOrder() {
        WebResourceRegistry withContexts = new WebResourceRegistry("jm", List.of(
                new WebResourceModule("dialog", List.of(), List.of(), List.of("editor", "macro-browser")),
                new WebResourceModule("viewer", List.of(), List.of(), List.of("page")),
                new WebResourceModule("toolbar", List.of(), List.of(), List.of("editor"))),
                List.of(), PlatformWebResources.none());

        assertThat(withContexts.inContext("editor")).containsExactly("jm:dialog", "jm:toolbar");
        assertThat(withContexts.inContext("macro-browser")).containsExactly("jm:dialog");
        assertThat(withContexts.inContext("admin")).isEmpty();
    }

    @Test
    void checkRequirable_shouldRejectUndeclaredAppKeysAndMalformedKeys() {
        assertThatThrownBy(() -> registry.checkRequirable("jm:nope")).hasMessageContaining("declares no web-resource 'jm:nope'");
        assertThatThrownBy(() -> registry.checkRequirable("viewer")).hasMessageContaining("pluginKey:moduleKey");
        registry.checkRequirable(AUI);
    }

    @Test
    void constructor_shouldRejectCyclesAndUndeclaredDependencies() {
        assertThatThrownBy(() -> new WebResourceRegistry("jm", List.of(
                module("a", List.of("jm:b")), module("b", List.of("jm:a"))), List.of(), PlatformWebResources.none()))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> new WebResourceRegistry("jm", List.of(module("a", List.of("jm:missing"))), List.of(),
                PlatformWebResources.none()))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("undeclared 'jm:missing'");
    }

    @Test
    void locate_shouldFindModuleFilesAndPluginFolders() {
        assertThat(registry.locate("jm:viewer", "viewer.css")).hasValue(new WebResourceRegistry.Located("frontend/viewer.css", null, false));
        assertThat(registry.locate("jm", "images/icons/map.svg")).hasValue(new WebResourceRegistry.Located("images/icons/map.svg", null, false));
        assertThat(registry.locate("jm:viewer", "other.js")).isEmpty();
        assertThat(registry.locate(AUI, "aui.js")).isEmpty();
    }

    @Test
    void pageBuilder_shouldCollectPerPageAndRefuseUseOutsideAPage() {
        DevPageBuilderService pageBuilder = new DevPageBuilderService(registry);
        assertThatThrownBy(pageBuilder::assembler).isInstanceOf(IllegalStateException.class);

        try (DevPageBuilderService.PageScope page = pageBuilder.openPage()) {
            pageBuilder.assembler().resources().requireWebResource("jm:common").requireWebResource("jm:common");
            assertThat(pageBuilder.requiredTags("")).isEqualTo(
                    "<script src=\"/download/resources/jm:common/common.js\" data-wrm-key=\"jm:common\"></script>\n");
        }
        try (DevPageBuilderService.PageScope page = pageBuilder.openPage()) {
            assertThat(pageBuilder.requiredTags("")).isEmpty();
        }
    }

    private static WebResourceModule module(String key, List<String> dependencies, String... files) {
        return new WebResourceModule(key, dependencies,
                java.util.Arrays.stream(files).map(f -> new DownloadResource(f, "frontend/" + f, null)).toList());
    }
}
