package org.journeymaps.devhost.descriptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Small DOM helpers for plugin descriptors (no DTDs, no external entities). */
final class Xml {

    private Xml() {
    }

    static Element parseRoot(InputStream in, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e; // reported through DescriptorException, not printed to stderr
                }
            });
            Document document = builder.parse(in);
            return document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new DescriptorException(source + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    static List<Element> children(Element parent, String tagName) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tagName)).toList();
    }

    static List<String> texts(Element parent, String tagName) {
        return children(parent, tagName).stream().map(Xml::text).toList();
    }

    static String text(Element element) {
        return element.getTextContent().trim();
    }

    /** The attribute's value, or {@code null} when absent or blank. */
    static String optionalAttribute(Element element, String name) {
        String value = element.getAttribute(name).trim();
        return value.isEmpty() ? null : value;
    }

    static String requiredAttribute(Element element, String name, String where) {
        String value = optionalAttribute(element, name);
        if (value == null) {
            throw new DescriptorException(where + ": <" + element.getTagName() + "> needs attribute '" + name + "'");
        }
        return value;
    }
}
