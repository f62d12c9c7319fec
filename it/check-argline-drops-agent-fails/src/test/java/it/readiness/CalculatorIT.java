package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorIT {
    @Test
    void addsAndCompares() {
        Calculator calculator = new Calculator();
        assertEquals(5, calculator.add(2, 3));
        assertEquals(3, calculator.max(3, 2));
        assertEquals(3, calculator.max(2, 3));
    }
}
