package io.github.readiness.rules.evidence.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Credentials in XML lines: an element with text on one line ({@code <password>value</password>}, also {@code <entry
 * key="password">value</entry>}), an attribute ({@code password="value"}), and a name/value attribute pair ({@code
 * <property name="password" value="value"/>}). Every scan moves forward and stops at the next {@code <}, so a line of
 * unclosed tags stays linear.
 */
final class XmlAssignments {
    private XmlAssignments() {}

    static void find(String text, List<Assignment> into) {
        elements(text, into);
        List<Attribute> attributes = attributes(text, 0, text.length());
        for (int a = 0; a < attributes.size(); a++) {
            Attribute attribute = attributes.get(a);
            Attribute previous = a > 0 ? attributes.get(a - 1) : null;
            if (attribute.name().equals("value") && previous != null && isKeyAttribute(previous.name())) {
                into.add(Assignment.of(previous.value(), attribute.value(), attribute.start()));
            } else {
                into.add(Assignment.of(attribute.name(), attribute.value(), attribute.start()));
            }
        }
    }

    private static void elements(String text, List<Assignment> into) {
        int i = text.indexOf('<');
        while (i >= 0) {
            int nameEnd = Chars.runOf(text, i + 1, XmlAssignments::isNameChar);
            if (nameEnd == i + 1) {
                i = text.indexOf('<', i + 1);
                continue;
            }
            int close = nameEnd;
            while (close < text.length() && text.charAt(close) != '>' && text.charAt(close) != '<') {
                close++;
            }
            if (close == text.length()) {
                return;
            }
            if (text.charAt(close) == '<' || text.charAt(close - 1) == '/') {
                i = text.charAt(close) == '<' ? close : text.indexOf('<', close);
                continue; // an unclosed or empty element
            }
            int textEnd = text.indexOf('<', close + 1);
            if (textEnd < 0) {
                return;
            }
            String name = text.substring(i + 1, nameEnd);
            if (text.startsWith("</" + name + ">", textEnd)) {
                into.add(Assignment.of(
                        key(name, attributes(text, nameEnd, close)), text.substring(close + 1, textEnd), close + 1));
            }
            i = textEnd;
        }
    }

    /** The element's name, or its key/name attribute ({@code <entry key="password">}). */
    private static String key(String element, List<Attribute> attributes) {
        for (Attribute attribute : attributes) {
            if (isKeyAttribute(attribute.name())) {
                return attribute.value();
            }
        }
        return localName(element);
    }

    private static boolean isKeyAttribute(String name) {
        return name.equals("name") || name.equals("key");
    }

    /** {@code name="value"} and {@code name='value'} pairs between {@code from} and {@code to}, in order. */
    private static List<Attribute> attributes(String text, int from, int to) {
        List<Attribute> attributes = new ArrayList<>();
        int next = from;
        // searches end at 'to': an element's attributes are looked at within the element only
        for (int eq = Chars.indexOf(text, '=', next, to); eq >= 0; eq = Chars.indexOf(text, '=', next, to)) {
            next = eq + 1;
            int quote = ConfigAssignments.skipBlank(text, eq + 1);
            if (quote >= to || (text.charAt(quote) != '"' && text.charAt(quote) != '\'')) {
                continue;
            }
            int close = Chars.indexOf(text, text.charAt(quote), quote + 1, to);
            if (close < 0) {
                break;
            }
            int nameEnd = eq;
            while (nameEnd > from && text.charAt(nameEnd - 1) == ' ') {
                nameEnd--;
            }
            int nameStart = nameEnd;
            while (nameStart > from && isNameChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart < nameEnd) {
                attributes.add(new Attribute(
                        localName(text.substring(nameStart, nameEnd)).toLowerCase(Locale.ROOT),
                        text.substring(quote + 1, close),
                        quote + 1));
            }
            next = close + 1;
        }
        return attributes;
    }

    /** {@code ns:password} is a password. */
    private static String localName(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private static boolean isNameChar(char c) {
        return Chars.isWord(c) || c == '-' || c == '.' || c == ':';
    }

    private record Attribute(String name, String value, int start) {}
}
