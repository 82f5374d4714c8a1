package org.journeymaps.devhost.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.util.HtmlUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Converts a page body from storage format to view HTML, as Confluence does for display: plain XHTML
 * passes through, and each {@code <ac:structured-macro ac:name="X">} becomes the output of the app's
 * macro X, called with its {@code <ac:parameter>}s and its body (plain text as is; rich text converted
 * to view HTML first). Unknown macros and failing macros show a visible box, never a stack trace.
 */
public final class StorageToView {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    private static final String AT = "http://atlassian.com/template";
    private static final Logger LOG = LoggerFactory.getLogger(StorageToView.class);
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final MacroRegistry macros;

    public StorageToView(MacroRegistry macros) {
        this.macros = macros;
    }

    public String convert(String storage, ConversionContext context) {
        Element root;
        try {
            root = parse(storage);
        } catch (SAXException | IllegalArgumentException e) {
            return errorBox("This page's storage format cannot be read: " + e.getMessage());
        }
        StringBuilder view = new StringBuilder();
        writeChildren(root, view, context);
        return view.toString();
    }

    private void writeChildren(Node parent, StringBuilder view, ConversionContext context) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, view, context);
        }
    }

    private void write(Node node, StringBuilder view, ConversionContext context) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> view.append(HtmlUtil.htmlEncode(node.getNodeValue()));
            case Node.ELEMENT_NODE -> writeElement((Element) node, view, context);
            default -> {
                // Comments and processing instructions are not shown, as in Confluence's view.
            }
        }
    }

    private void writeElement(Element element, StringBuilder view, ConversionContext context) {
        String namespace = element.getNamespaceURI();
        if (AC.equals(namespace) && element.getLocalName().equals("structured-macro")) {
            view.append(macro(element, context));
        } else if (AC.equals(namespace) && element.getLocalName().equals("inline-comment-marker")) {
            writeChildren(element, view, context);
        } else if (namespace != null) {
            view.append(errorBox("devhost does not render storage element <" + element.getTagName() + ">"));
        } else {
            String name = element.getTagName();
            view.append('<').append(name);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                view.append(' ').append(attribute.getNodeName()).append("=\"")
                        .append(HtmlUtil.htmlEncode(attribute.getNodeValue())).append('"');
            }
            view.append('>');
            if (!VOID_ELEMENTS.contains(name)) {
                writeChildren(element, view, context);
                view.append("</").append(name).append('>');
            }
        }
    }

    private String macro(Element element, ConversionContext context) {
        String name = element.getAttributeNS(AC, "name");
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && AC.equals(part.getNamespaceURI())) {
                switch (part.getLocalName()) {
                    case "parameter" -> parameters.put(part.getAttributeNS(AC, "name"), part.getTextContent());
                    case "plain-text-body" -> body = part.getTextContent();
                    case "rich-text-body" -> {
                        StringBuilder rich = new StringBuilder();
                        writeChildren(part, rich, context);
                        body = rich.toString();
                    }
                    default -> {
                        // No other part of a structured macro reaches Macro.execute.
                    }
                }
            }
        }
        Macro macro = macros.macro(name).orElse(null);
        if (macro == null) {
            return errorBox("Unknown macro: " + name);
        }
        try {
            String output = macro.execute(parameters, body, context);
            return output == null ? "" : output;
        } catch (MacroExecutionException e) {
            return errorBox("Error rendering macro '" + name + "' : " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Macro '{}' failed", name, e);
            return errorBox("Error rendering macro '" + name + "' : " + e);
        }
    }

    private static String errorBox(String message) {
        return "<div class=\"aui-message aui-message-error devhost-macro-error\"><p>" + HtmlUtil.htmlEncode(message)
                + "</p></div>";
    }

    private static Element parse(String storage) throws SAXException {
        String wrapped = "<devhost-storage xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">"
                + HtmlEntities.toNumeric(storage) + "</devhost-storage>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(wrapped))).getDocumentElement();
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be set up", e);
        }
    }
}
