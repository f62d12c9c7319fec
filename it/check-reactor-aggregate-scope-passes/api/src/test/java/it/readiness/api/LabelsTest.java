package it.readiness.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {
    private final Labels labels = new Labels();

    @Test
    void formats() {
        assertEquals("AB", labels.upper("ab"));
        assertEquals("ab", labels.lower("AB"));
        assertEquals("'a'", labels.quoted("a"));
        assertEquals("[a]", labels.bracketed("a"));
        assertEquals("aa", labels.repeated("a"));
        assertEquals("a", labels.trimmed(" a "));
        assertEquals(2, labels.length("ab"));
        assertEquals("a", labels.first("ab"));
    }
}
