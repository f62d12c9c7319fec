package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    @Test
    void adds() {
        assertEquals(5, new Calculator().add(2, 3));
    }

    @Test
    void clamps() {
        Calculator calculator = new Calculator();
        assertEquals(0, calculator.clamp(-1, 0, 10));
        assertEquals(10, calculator.clamp(11, 0, 10));
        assertEquals(5, calculator.clamp(5, 0, 10));
    }
}
