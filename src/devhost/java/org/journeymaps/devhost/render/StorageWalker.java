package org.journeymaps.devhost.render;

import com.atlassian.confluence.util.HtmlUtil;
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
 * Reads storage format and writes its plain XHTML back out as HTML, handing every Confluence element
 * ({@code ac:}, {@code ri:}, {@code at:}) to the caller: the view renders macros, the editor shows placeholders.
 */
final class StorageWalker {

    static final String AC = "http://atlassian.com/content";
    private static final String RI = "http://atlassian.com/resource/identifier";
    private static final String AT = "http://atlassian.com/template";
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /** Writes one Confluence element; it may walk the element's children with {@link #writeChildren}. */
    @FunctionalInterface
    interface ConfluenceElements {
        void write(Element element, StringBuilder out);
    }

    private StorageWalker() {
    }

    /** The storage under one root element; an error names what cannot be read. */
    static Element parse(String storage) throws SAXException {
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

    static void writeChildren(Node parent, StringBuilder out, ConfluenceElements confluence) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(HtmlUtil.htmlEncode(child.getNodeValue()));
                case Node.ELEMENT_NODE -> writeElement((Element) child, out, confluence);
                default -> {
                    // Comments and processing instructions are not shown, as in Confluence.
                }
            }
        }
    }

    /** A structured macro's {@code <ac:parameter>}s, by name, in order. */
    static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && AC.equals(part.getNamespaceURI()) && part.getLocalName().equals("parameter")) {
                parameters.put(part.getAttributeNS(AC, "name"), part.getTextContent());
            }
        }
        return parameters;
    }

    static boolean isStructuredMacro(Element element) {
        return AC.equals(element.getNamespaceURI()) && element.getLocalName().equals("structured-macro");
    }

    static String errorBox(String message) {
        return "<div class=\"aui-message aui-message-error devhost-macro-error\"><p>" + HtmlUtil.htmlEncode(message)
                + "</p></div>";
    }

    private static void writeElement(Element element, StringBuilder out, ConfluenceElements confluence) {
        if (element.getNamespaceURI() != null) {
            confluence.write(element, out);
            return;
        }
        String name = element.getTagName();
        out.append('<').append(name);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            out.append(' ').append(attribute.getNodeName()).append("=\"")
                    .append(HtmlUtil.htmlEncode(attribute.getNodeValue())).append('"');
        }
        out.append('>');
        if (!VOID_ELEMENTS.contains(name)) {
            writeChildren(element, out, confluence);
            out.append("</").append(name).append('>');
        }
    }
}
