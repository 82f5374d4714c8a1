package org.journeymaps.devhost.descriptor;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DescriptorParserTest {

    private static final String FULL = """
            <atlassian-plugin key="org.journeymaps.journey-maps" name="Journey Maps" plugins-version="2">
              <plugin-info>
                <description>Maps</description>
                <version>1.0</version>
                <vendor name="JM" url="https://journeymaps.org"/>
                <param name="atlassian-data-center-compatible">true</param>
              </plugin-info>
              <resource type="i18n" name="i18n" location="i18n/journeymaps"/>
              <resource type="download" name="images/" location="images/"/>
              <ao key="ao" namespace="org.journeymaps">
                <entity>org.journeymaps.ao.map.AoJourneyMap</entity>
                <upgradeTask>org.journeymaps.ao.upgrade.Task001</upgradeTask>
              </ao>
              <rest-migration key="rest-migration"><rest-v2/></rest-migration>
              <rest key="rest" path="/journeymaps" version="1.0"><package>org.journeymaps.rest</package></rest>
              <xhtml-macro name="journey-map" key="journey-map-macro" class="org.journeymaps.confluence.JourneyMapMacro">
                <description key="x"/>
                <category name="visuals"/>
                <parameters><parameter name="mapId" type="int" required="true"/></parameters>
              </xhtml-macro>
              <web-resource key="viewer">
                <dependency>org.journeymaps.journey-maps:common</dependency>
                <transformation extension="js"><transformer key="jsI18n"/></transformation>
                <resource type="download" name="viewer.js" location="frontend/viewer.js"/>
                <resource type="download" name="icon.svg" location="images/icon.svg">
                  <param name="content-type" value="image/svg+xml"/>
                </resource>
                <context>journeymaps-viewer</context>
              </web-resource>
              <velocity-allowlist key="allowlist">
                <method>org.journeymaps.confluence.MacroView#getTitle()</method>
              </velocity-allowlist>
            </atlassian-plugin>
            """;

    private final DescriptorParser parser = new DescriptorParser();

    @Test
    void parse_shouldReadEveryHostedModuleType() {
        PluginDescriptor descriptor = parse(FULL);

        assertThat(descriptor.key()).isEqualTo("org.journeymaps.journey-maps");
        assertThat(descriptor.info().version()).isEqualTo("1.0");
        assertThat(descriptor.info().params()).containsEntry("atlassian-data-center-compatible", "true");
        assertThat(descriptor.i18n()).containsExactly(new I18nResource("i18n", "i18n/journeymaps"));
        assertThat(descriptor.i18n().get(0).baseName()).isEqualTo("i18n.journeymaps");
        assertThat(descriptor.downloads()).containsExactly(new DownloadResource("images/", "images/", null));
        assertThat(descriptor.aoModules()).containsExactly(new AoModule("ao", "org.journeymaps",
                java.util.List.of("org.journeymaps.ao.map.AoJourneyMap"),
                java.util.List.of("org.journeymaps.ao.upgrade.Task001")));
        RestModule rest = descriptor.restModules().get(0);
        assertThat(rest.trimmedPath()).isEqualTo("journeymaps");
        assertThat(rest.version()).isEqualTo("1.0");
        assertThat(rest.packages()).containsExactly("org.journeymaps.rest");
        MacroModule macro = descriptor.macros().get(0);
        assertThat(macro.name()).isEqualTo("journey-map");
        assertThat(macro.className()).isEqualTo("org.journeymaps.confluence.JourneyMapMacro");
        WebResourceModule viewer = descriptor.webResources().get(0);
        assertThat(viewer.dependencies()).containsExactly("org.journeymaps.journey-maps:common");
        assertThat(viewer.resources()).containsExactly(
                new DownloadResource("viewer.js", "frontend/viewer.js", null),
                new DownloadResource("icon.svg", "images/icon.svg", "image/svg+xml"));
        assertThat(descriptor.velocityAllowlist()).containsExactly("org.journeymaps.confluence.MacroView#getTitle()");
    }

    @Test
    void parse_shouldRejectAnUnknownModuleTypeByName() {
        assertThatThrownBy(() -> parse(plugin("<servlet-filter key=\"f\" class=\"x.Y\"><url-pattern>/*</url-pattern></servlet-filter>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("module type <servlet-filter> (key 'f') is not supported by devhost");
    }

    @Test
    void parse_shouldReadASpaceToolsLinkForSpaceAdmins() {
        PluginDescriptor descriptor = parse(plugin("""
                <web-item key="tool" section="system.space.tools/addons" weight="100">
                  <label key="x.label"/>
                  <link linkId="tool">/plugins/servlet/x?key=$generalUtil.urlEncode($helper.spaceKey)</link>
                  <condition class="com.atlassian.confluence.plugin.descriptor.web.conditions.SpacePermissionCondition">
                    <param name="permission">administer</param>
                  </condition>
                </web-item>"""));

        WebItemModule item = descriptor.webItems().get(0);
        assertThat(item).isEqualTo(new WebItemModule("tool", "system.space.tools/addons", 100, "x.label",
                "/plugins/servlet/x?key=$generalUtil.urlEncode($helper.spaceKey)", true));
        assertThat(item.linkFor("A B")).isEqualTo("/plugins/servlet/x?key=A+B");
    }

    @Test
    void parse_shouldRejectWebItemsDevhostWouldNotShowAsConfluenceDoes() {
        String link = "<label key=\"l\"/><link>/x</link>";
        assertThatThrownBy(() -> parse(plugin("<web-item key=\"w\" section=\"system.admin/configuration\">" + link
                + "</web-item>"))).isInstanceOf(DescriptorException.class).hasMessageContaining("section");
        assertThatThrownBy(() -> parse(plugin("<web-item key=\"w\" section=\"system.space.tools/addons\">" + link
                + "<condition class=\"x.Other\"/></web-item>")))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("SpacePermissionCondition");
        assertThatThrownBy(() -> parse(plugin("<web-item key=\"w\" section=\"system.space.tools/addons\">"
                + "<label key=\"l\"/><link>/x?s=$space.key</link></web-item>")))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("may only use");
    }

    @Test
    void parse_shouldReadAServletWithItsUrlPatterns() {
        PluginDescriptor descriptor = parse(plugin("""
                <servlet key="editor" name="Editor" class="org.journeymaps.confluence.editor.EditorServlet">
                  <description>The editor</description>
                  <url-pattern>/journeymaps/editor</url-pattern>
                  <url-pattern>/journeymaps/editor/*</url-pattern>
                </servlet>"""));

        assertThat(descriptor.servlets()).containsExactly(new ServletModule("editor",
                "org.journeymaps.confluence.editor.EditorServlet",
                java.util.List.of("/journeymaps/editor", "/journeymaps/editor/*")));
    }

    @Test
    void parse_shouldRejectAServletWithoutClassOrPatternOrWithWhatDevhostDoesNotServe() {
        assertThatThrownBy(() -> parse(plugin("<servlet key=\"s\"><url-pattern>/a</url-pattern></servlet>")))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("servlet 's'").hasMessageContaining("'class'");
        assertThatThrownBy(() -> parse(plugin("<servlet key=\"s\" class=\"x.Y\"/>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("servlet 's' needs at least one <url-pattern>");
        assertThatThrownBy(() -> parse(plugin("<servlet key=\"s\" class=\"x.Y\"><url-pattern>/a/*.vm</url-pattern></servlet>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("url-pattern '/a/*.vm' must start with / and may only end in /*");
        assertThatThrownBy(() -> parse(plugin("<servlet key=\"s\" class=\"x.Y\"><url-pattern>a</url-pattern></servlet>")))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("url-pattern 'a'");
        assertThatThrownBy(() -> parse(plugin("<servlet key=\"s\" class=\"x.Y\"><url-pattern>/a</url-pattern>"
                + "<init-param><param-name>p</param-name><param-value>v</param-value></init-param></servlet>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("servlet 's': <init-param> is not supported by devhost");
    }

    @Test
    void parse_shouldRejectAnUnfilteredDescriptor() {
        assertThatThrownBy(() -> parse("<atlassian-plugin key=\"${atlassian.plugin.key}\"/>"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("not Maven-filtered");
    }

    @Test
    void parse_shouldRejectDuplicateModuleKeys() {
        assertThatThrownBy(() -> parse(plugin("<rest key=\"r\" path=\"/a\" version=\"1\"/><rest key=\"r\" path=\"/b\" version=\"1\"/>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("module key 'r' is used twice");
    }

    @Test
    void parse_shouldNameTheMissingAttribute() {
        assertThatThrownBy(() -> parse(plugin("<rest key=\"r\" version=\"1\"/>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("<rest> needs attribute 'path'");
    }

    @Test
    void parse_shouldRejectResourceTypesDevhostDoesNotServe() {
        assertThatThrownBy(() -> parse(plugin("<resource type=\"soy\" name=\"t\" location=\"t.soy\"/>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("resource 't' of type 'soy'");
    }

    @Test
    void parse_shouldRejectUnsupportedWebResourceFeatures() {
        assertThatThrownBy(() -> parse(plugin("<web-resource key=\"w\"><data key=\"d\" class=\"x.Y\"/></web-resource>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("web-resource 'w': <data> is not supported by devhost");
    }

    @Test
    void parse_shouldRequireRestV2InARestMigration() {
        assertThatThrownBy(() -> parse(plugin("<rest-migration key=\"m\"/>")))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("must contain <rest-v2/>");
    }

    @Test
    void parse_shouldRejectMalformedXml() {
        assertThatThrownBy(() -> parse("<atlassian-plugin key=\"k\">"))
                .isInstanceOf(DescriptorException.class)
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void parseFile_shouldReadWebpackGeneratedBundles() {
        var modules = new WebResourceParser().parseFile(stream("""
                <bundles>
                  <web-resource key="entrypoint-viewer">
                    <transformation extension="js"><transformer key="jsI18n"/></transformation>
                    <context>editor</context>
                    <context>macro-browser</context>
                    <dependency>com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path</dependency>
                    <resource type="download" name="bundled.viewer.js" location="frontend/bundled.viewer.js"/>
                  </web-resource>
                </bundles>
                """), "wr-defs.xml");

        assertThat(modules).singleElement().satisfies(module -> {
            assertThat(module.key()).isEqualTo("entrypoint-viewer");
            assertThat(module.resources()).extracting(DownloadResource::name).containsExactly("bundled.viewer.js");
            assertThat(module.contexts()).containsExactly("editor", "macro-browser");
        });
    }

    private PluginDescriptor parse(String xml) {
        return parser.parse(stream(xml), "atlassian-plugin.xml");
    }

    private static String plugin(String modules) {
        return "<atlassian-plugin key=\"k\" name=\"n\">" + modules + "</atlassian-plugin>";
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
