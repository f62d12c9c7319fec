package io.github.readiness.rules.evidence.jacoco;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Turns a StAX error into "line N: reason", one line, without the parser's "ParseError at [row,col]" preamble. */
final class XmlProblem {
    private static final String MESSAGE_MARKER = "Message: ";

    private XmlProblem() {}

    static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        int marker = message.indexOf(MESSAGE_MARKER);
        String reason = marker >= 0 ? message.substring(marker + MESSAGE_MARKER.length()) : message;
        reason = reason.replaceAll("\\s+", " ").trim();
        if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        Location location = e.getLocation();
        return location != null && location.getLineNumber() > 0
                ? "line " + location.getLineNumber() + ": " + reason
                : reason;
    }
}
