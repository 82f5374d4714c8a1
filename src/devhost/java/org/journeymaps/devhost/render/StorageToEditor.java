package org.journeymaps.devhost.render;

import com.atlassian.confluence.util.HtmlUtil;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.util.Map;

import static org.journeymaps.devhost.render.StorageWalker.AC;

/**
 * Devhost's stand-in for Confluence's storage-to-editor conversion: plain XHTML as it is, and each body-less
 * structured macro as Confluence's editor shows it, an image placeholder
 * {@code <img class="editor-inline-macro" data-macro-name="…" data-macro-parameters="k=v|k2=v2">} (parameters
 * serialized like Confluence's {@code MacroParameterSerializer}). Devhost's editor can only save what it shows, so
 * a page holding anything else of Confluence's (links, macro bodies, …) is refused rather than damaged.
 */
public final class StorageToEditor {

    /** The page holds storage that devhost's editor cannot show and save back unchanged. */
    public static final class NotEditableException extends Exception {
        private static final long serialVersionUID = 1L;

        NotEditableException(String message) {
            super(message);
        }
    }

    public String convert(String storage) throws NotEditableException {
        Element root;
        try {
            root = StorageWalker.parse(storage);
        } catch (SAXException | IllegalArgumentException e) {
            throw new NotEditableException("the storage format cannot be read: " + e.getMessage());
        }
        StringBuilder editor = new StringBuilder();
        NotEditableException[] refused = new NotEditableException[1];
        StorageWalker.writeChildren(root, editor, (element, out) -> {
            String problem = placeholder(element, out);
            if (problem != null && refused[0] == null) {
                refused[0] = new NotEditableException(problem);
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        return editor.toString();
    }

    /** Whether the storage is well-formed, as a save must be. */
    public boolean isWellFormed(String storage) {
        try {
            StorageWalker.parse(storage);
            return true;
        } catch (SAXException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Writes the placeholder of a body-less macro; otherwise returns what cannot be edited. */
    private static String placeholder(Element element, StringBuilder out) {
        if (!StorageWalker.isStructuredMacro(element)) {
            return "devhost's editor cannot edit storage element <" + element.getTagName() + ">";
        }
        String name = element.getAttributeNS(AC, "name");
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && !part.getLocalName().equals("parameter")) {
                return "devhost's editor cannot edit the body of macro '" + name + "'";
            }
        }
        out.append("<img class=\"editor-inline-macro\" data-macro-name=\"").append(HtmlUtil.htmlEncode(name))
                .append("\" data-macro-parameters=\"").append(HtmlUtil.htmlEncode(serialize(StorageWalker.parameters(element))))
                .append("\" data-macro-schema-version=\"1\" alt=\"").append(HtmlUtil.htmlEncode(name)).append("\">");
        return null;
    }

    /** {@code k=v|k2=v2}, with {@code \}, {@code =} and {@code |} escaped by a backslash, as Confluence writes it. */
    static String serialize(Map<String, String> parameters) {
        StringBuilder serialized = new StringBuilder();
        parameters.forEach((name, value) -> serialized.append(serialized.isEmpty() ? "" : "|")
                .append(escape(name)).append('=').append(escape(value)));
        return serialized.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("=", "\\=").replace("|", "\\|");
    }
}
