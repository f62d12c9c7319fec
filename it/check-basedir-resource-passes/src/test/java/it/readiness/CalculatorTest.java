package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    // a test harness switch, not the library's configuration
    private static final boolean TRACE = Boolean.parseBoolean(System.getProperty("TRACE_CALLS"));
    private final Calculator calculator = new Calculator();

    // TODO cover negative numbers

    @Test
    void adds() {
        assertEquals(5, calculator.add(2, 3));
    }

    @Test
    void maxOfBothOrders() {
        assertEquals(3, calculator.max(3, 2));
        assertEquals(3, calculator.max(2, 3));
    }
}
