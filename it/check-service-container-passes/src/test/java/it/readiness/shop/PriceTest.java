package it.readiness.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PriceTest {
    @Test
    void discounts() {
        assertEquals(900, Price.discounted(1000, 10));
        assertThrows(IllegalArgumentException.class, () -> Price.discounted(1000, -1));
        assertThrows(IllegalArgumentException.class, () -> Price.discounted(1000, 101));
    }

    @Test
    void totals() {
        assertEquals(1005, Price.total(1000, 7));
    }

    @Test
    void formats() {
        assertEquals("9.05", Price.format(905));
        assertEquals("9.50", Price.format(950));
    }
}
