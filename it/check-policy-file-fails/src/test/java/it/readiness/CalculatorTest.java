package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    private final Calculator calculator = new Calculator();

    @Test
    void arithmetic() {
        assertEquals(5, calculator.add(2, 3));
        assertEquals(-1, calculator.subtract(2, 3));
        assertEquals(6, calculator.multiply(2, 3));
    }

    @Test
    void maxAndAbsBothWays() {
        assertEquals(3, calculator.max(3, 2));
        assertEquals(3, calculator.max(2, 3));
        assertEquals(4, calculator.abs(-4));
        assertEquals(4, calculator.abs(4));
    }
}
