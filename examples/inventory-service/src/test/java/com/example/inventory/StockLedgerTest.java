package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockLedgerTest {
    private final StockLedger ledger = new StockLedger();

    @Test
    void reservesOnlyWhatIsAvailable() {
        ledger.receive("apple", 10);
        assertTrue(ledger.reserve("apple", 7));
        assertFalse(ledger.reserve("apple", 4));
        assertEquals(3, ledger.available("apple"));
    }

    @Test
    void shipsReservedStock() {
        ledger.receive("pear", 6);
        ledger.reserve("pear", 6);
        ledger.ship("pear", 6);
        assertEquals("SOLD_OUT", ledger.status("pear"));
    }

    @Test
    void rejectsNonPositiveQuantities() {
        assertThrows(IllegalArgumentException.class, () -> ledger.receive("plum", 0));
    }
}
