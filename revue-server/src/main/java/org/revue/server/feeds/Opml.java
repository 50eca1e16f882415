package org.revue.server.feeds;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The feeds of an OPML subscription list: every outline with an {@code xmlUrl}, at any depth. */
final class Opml {
    record Outline(String url, String title) {
    }

    private Opml() {
    }

    /** @throws IllegalArgumentException when the text is not an OPML document */
    static List<Outline> parse(String xml) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no entities, no XXE
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            var b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e; // no "[Fatal Error]" lines on stderr
                }
            });
            String text = xml.strip();
            doc = b.parse(new InputSource(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not an OPML document: " + e.getMessage());
        }
        if (!"opml".equalsIgnoreCase(doc.getDocumentElement().getLocalName() != null
                ? doc.getDocumentElement().getLocalName() : doc.getDocumentElement().getTagName())) {
            throw new IllegalArgumentException("not an OPML document: root is <" + doc.getDocumentElement().getTagName() + ">");
        }
        List<Outline> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("outline");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String url = attr(e, "xmlUrl");
            if (url == null) {
                url = attr(e, "xmlurl");
            }
            if (url != null) {
                String title = attr(e, "title");
                out.add(new Outline(url, title != null ? title : attr(e, "text")));
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }
}
