package org.journeymaps.devhost.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageToViewTest {

    /** Echoes what it was called with, so the test sees parameters, body and output type. */
    private static final class EchoMacro implements Macro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            return "<div class=\"echo\">" + new TreeMap<>(parameters) + "|" + body + "|" + context.getOutputType() + "</div>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    private static final class FailingMacro implements Macro {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            throw new MacroExecutionException("Map <42> not found", new IllegalStateException("no row 42"));
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    private final StorageToView converter = new StorageToView(
            new MacroRegistry(Map.of("echo", new EchoMacro(), "failing", new FailingMacro())));

    @Test
    void convert_shouldReplaceAStructuredMacroWithItsOutput() {
        String view = converter.convert("""
                <p>Before&nbsp;map</p>\
                <ac:structured-macro ac:name="echo" ac:schema-version="1" ac:macro-id="m1">\
                <ac:parameter ac:name="mapId">7</ac:parameter><ac:parameter ac:name="mode">full</ac:parameter>\
                <ac:plain-text-body><![CDATA[a < b]]></ac:plain-text-body>\
                </ac:structured-macro><p>After<br/>line</p>""", new DevConversionContext("display"));

        assertThat(view).isEqualTo("<p>Before\u00a0map</p><div class=\"echo\">{mapId=7, mode=full}|a < b|display</div>"
                + "<p>After<br>line</p>");
    }

    @Test
    void convert_shouldHandTheMacroItsRichTextBodyAsViewHtml() {
        String view = converter.convert("""
                <ac:structured-macro ac:name="echo"><ac:rich-text-body><p>Inner <strong>bold</strong></p>\
                <ac:structured-macro ac:name="echo"/></ac:rich-text-body></ac:structured-macro>""",
                new DevConversionContext("pdf"));

        assertThat(view).isEqualTo("<div class=\"echo\">{}|<p>Inner <strong>bold</strong></p>"
                + "<div class=\"echo\">{}||pdf</div>|pdf</div>");
    }

    @Test
    void convert_shouldShowAnUnknownMacroVisibly() {
        assertThat(converter.convert("<ac:structured-macro ac:name=\"nope\"/>", new DevConversionContext("display")))
                .contains("devhost-macro-error").contains("Unknown macro: nope");
    }

    @Test
    void convert_shouldShowAMacroFailureWithItsMessageEscaped() {
        assertThat(converter.convert("<ac:structured-macro ac:name=\"failing\"/>", new DevConversionContext("display")))
                .contains("Error rendering macro &#39;failing&#39; : Map &lt;42&gt; not found")
                .doesNotContain("<42>");
    }

    @Test
    void convert_shouldEscapeTextAndAttributesItPassesThrough() {
        assertThat(converter.convert("<p title=\"a &quot;b&quot;\">x &amp; &lt;y&gt;</p>", new DevConversionContext("display")))
                .isEqualTo("<p title=\"a &quot;b&quot;\">x &amp; &lt;y&gt;</p>");
    }

    @Test
    void convert_shouldShowUnreadableStorageVisibly() {
        assertThat(converter.convert("<p>unclosed", new DevConversionContext("display")))
                .contains("storage format cannot be read");
        assertThat(converter.convert("<p>&bogus;</p>", new DevConversionContext("display")))
                .contains("&amp;bogus;");
    }

    @Test
    void conversionContext_shouldRejectUnknownOutputTypes() {
        assertThatThrownBy(() -> new DevConversionContext("html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outputType");
    }
}
