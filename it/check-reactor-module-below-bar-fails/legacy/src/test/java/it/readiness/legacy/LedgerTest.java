package it.readiness.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {
    @Test
    void deposits() {
        Ledger ledger = new Ledger();
        ledger.deposit(5);
        assertEquals(5, ledger.balance());
    }
}
