package org.journeymaps.devhost.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.util.List;

import static org.journeymaps.devhost.render.StorageWalker.AC;
import static org.journeymaps.devhost.render.StorageWalker.errorBox;

/**
 * Converts a page body from storage format to view HTML, as Confluence does for display: plain XHTML
 * passes through, and each {@code <ac:structured-macro ac:name="X">} becomes the output of the app's
 * macro X, called with its {@code <ac:parameter>}s and its body (plain text as is; rich text converted
 * to view HTML first). Unknown macros and failing macros show a visible box, never a stack trace.
 */
public final class StorageToView {

    private static final Logger LOG = LoggerFactory.getLogger(StorageToView.class);

    private final MacroRegistry macros;

    public StorageToView(MacroRegistry macros) {
        this.macros = macros;
    }

    /** The names of the macros this conversion renders. */
    public List<String> macroNames() {
        return macros.names();
    }

    public String convert(String storage, ConversionContext context) {
        Element root;
        try {
            root = StorageWalker.parse(storage);
        } catch (SAXException | IllegalArgumentException e) {
            return errorBox("This page's storage format cannot be read: " + e.getMessage());
        }
        StringBuilder view = new StringBuilder();
        StorageWalker.writeChildren(root, view, (element, out) -> writeConfluence(element, out, context));
        return view.toString();
    }

    private void writeConfluence(Element element, StringBuilder out, ConversionContext context) {
        if (StorageWalker.isStructuredMacro(element)) {
            out.append(macro(element, context));
        } else if (AC.equals(element.getNamespaceURI()) && element.getLocalName().equals("inline-comment-marker")) {
            StorageWalker.writeChildren(element, out, (inner, innerOut) -> writeConfluence(inner, innerOut, context));
        } else {
            out.append(errorBox("devhost does not render storage element <" + element.getTagName() + ">"));
        }
    }

    private String macro(Element element, ConversionContext context) {
        String name = element.getAttributeNS(AC, "name");
        String body = "";
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && AC.equals(part.getNamespaceURI())) {
                switch (part.getLocalName()) {
                    case "plain-text-body" -> body = part.getTextContent();
                    case "rich-text-body" -> {
                        StringBuilder rich = new StringBuilder();
                        StorageWalker.writeChildren(part, rich, (inner, out) -> writeConfluence(inner, out, context));
                        body = rich.toString();
                    }
                    default -> {
                        // Parameters are read below; no other part of a structured macro reaches Macro.execute.
                    }
                }
            }
        }
        Macro macro = macros.macro(name).orElse(null);
        if (macro == null) {
            return errorBox("Unknown macro: " + name);
        }
        try {
            String output = macro.execute(StorageWalker.parameters(element), body, context);
            return output == null ? "" : output;
        } catch (MacroExecutionException e) {
            return errorBox("Error rendering macro '" + name + "' : " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Macro '{}' failed", name, e);
            return errorBox("Error rendering macro '" + name + "' : " + e);
        }
    }
}
