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
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** A streaming reader over {@code in}; the factory is configured once and only read afterwards. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
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
