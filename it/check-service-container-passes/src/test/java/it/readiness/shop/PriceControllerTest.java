package it.readiness.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceControllerTest {
    @Test
    void pricesWithTheDiscount() {
        assertEquals("90", new PriceController().price());
    }
}
