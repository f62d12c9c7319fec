package it.readiness.alpha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void greets() {
        assertEquals("Hello Ada", new Words().greet("Ada"));
    }
}
