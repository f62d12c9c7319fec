package it.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaymentClientTest {
    private final PaymentClient client = new PaymentClient("https://payments.example.test");

    @Test
    void endpoint() {
        assertEquals("https://payments.example.test/charges", client.endpoint("/charges"));
    }

    @Test
    void authorization() {
        assertTrue(client.authorization().startsWith("Bearer "));
    }
}
