package io.github.readiness.rules.evidence;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never load external DTDs or entities (jacoco.xml declares {@code report.dtd}, which is
 * neither shipped nor to be fetched; and evidence files are untrusted input).
 */
public final class SafeXml {
    private SafeXml() {}

    /**
     * A streaming reader over {@code in}. Each call configures its own factory: the JDK's default factory is
     * cheap to create (no service lookup) and nothing mutable is shared between threads of a parallel build.
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return reader(in, true);
    }

    /**
     * As {@link #reader(InputStream)}; {@code namespaceAware} false for a format that has no namespaces (jacoco.xml):
     * the JDK's scanner then skips namespace processing of every attribute, about 15 % of reading a large report.
     */
    public static XMLStreamReader reader(InputStream in, boolean namespaceAware) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory.createXMLStreamReader(in);
    }

    /** Advances to the next start element and returns its local name, or null at the end of the document. */
    public static String nextStartElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamReader.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /**
     * A parser error as "line N: reason", one line, without the parser's "ParseError at [row,col]" preamble or
     * the reason's final period: the part of an evidence error message that says where the file is broken.
     */
    public static String problem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int reasonStart = message.lastIndexOf("Message: ");
        String reason = reasonStart >= 0 ? message.substring(reasonStart + "Message: ".length()) : message;
        reason = reason.lines().findFirst().orElse("").strip();
        reason = reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
        javax.xml.stream.Location location = e.getLocation();
        return location == null || location.getLineNumber() < 1
                ? reason
                : "line " + location.getLineNumber() + ": " + reason;
    }

    /**
     * Local name of the next child element of the element the reader stands in, or null at its end tag. A
     * document that ends first (a truncated file) is an error, never a silently shorter report.
     */
    public static String nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                return xml.getLocalName();
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                return null;
            }
            if (event == XMLStreamReader.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an element", xml.getLocation());
            }
        }
    }

    /** Moves past the end tag of the element the reader stands on, without keeping its content. */
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside an element", xml.getLocation());
            }
        }
    }

    /** Attribute value by local name, or null. */
    public static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
