package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    private final Calculator calculator = new Calculator();

    @Test
    void adds() {
        assertEquals(5, calculator.add(2, 3));
    }

    @Test
    void maxOfBothOrders() {
        assertEquals(3, calculator.max(3, 2));
        assertEquals(3, calculator.max(2, 3));
    }

    @Test
    void slowAddAddsToo() {
        assertEquals(5, calculator.slowAdd(2, 3));
    }
}
