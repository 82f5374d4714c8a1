package org.journeymaps.devhost.render;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageToEditorTest {

    private final StorageToEditor editor = new StorageToEditor();

    @Test
    void convert_shouldKeepXhtmlAndShowBodylessMacrosAsConfluencePlaceholders() throws Exception {
        String html = editor.convert("<p>Hello &amp; <strong>welcome</strong></p>"
                + "<ac:structured-macro ac:name=\"journey-map\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"mapId\">4</ac:parameter><ac:parameter ac:name=\"compact\">true</ac:parameter>"
                + "</ac:structured-macro>");

        assertThat(html).isEqualTo("<p>Hello &amp; <strong>welcome</strong></p>"
                + "<img class=\"editor-inline-macro\" data-macro-name=\"journey-map\""
                + " data-macro-parameters=\"mapId=4|compact=true\" data-macro-schema-version=\"1\" alt=\"journey-map\">");
    }

    @Test
    void convert_shouldEscapeParameterValuesForTheAttribute() throws Exception {
        String html = editor.convert("<ac:structured-macro ac:name=\"journey-map\">"
                + "<ac:parameter ac:name=\"lanes\">\"&gt;&lt;script&gt;</ac:parameter></ac:structured-macro>");

        assertThat(html).contains("data-macro-parameters=\"lanes=&quot;&gt;&lt;script&gt;\"").doesNotContain("<script>");
    }

    @Test
    void serialize_shouldEscapeBackslashesEqualsAndBarsAsConfluenceDoes() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("a=b", "x|y\\z");
        parameters.put("mapId", "3");

        assertThat(StorageToEditor.serialize(parameters)).isEqualTo("a\\=b=x\\|y\\\\z|mapId=3");
    }

    @Test
    void convert_shouldRefuseWhatItCouldNotSaveBackUnchanged() {
        assertThatThrownBy(() -> editor.convert("<p><ac:link><ri:page ri:content-title=\"Home\"/></ac:link></p>"))
                .isInstanceOf(StorageToEditor.NotEditableException.class).hasMessageContaining("<ac:link>");
        assertThatThrownBy(() -> editor.convert("<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>x</p>"
                + "</ac:rich-text-body></ac:structured-macro>"))
                .isInstanceOf(StorageToEditor.NotEditableException.class).hasMessageContaining("body of macro 'info'");
        assertThatThrownBy(() -> editor.convert("<p>unclosed"))
                .isInstanceOf(StorageToEditor.NotEditableException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void isWellFormed_shouldAcceptStorageAndRejectBrokenXml() {
        assertThat(editor.isWellFormed("<p>a</p><ac:structured-macro ac:name=\"journey-map\"/>")).isTrue();
        assertThat(editor.isWellFormed("<p>a")).isFalse();
    }
}
