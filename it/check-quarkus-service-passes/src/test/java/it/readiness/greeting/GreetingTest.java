package it.readiness.greeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreetingTest {
    @Test
    void greets() {
        assertEquals("Hello, Ada!", Greeting.of(" Ada "));
        assertEquals("Hello!", Greeting.of(null));
        assertEquals("Hello!", Greeting.of("  "));
        assertEquals("Hello, world!", new GreetingResource().hello());
    }
}
