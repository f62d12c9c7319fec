package com.example.inventory;

import java.util.HashMap;
import java.util.Map;

/** Quantities in stock per SKU, with reservations that can never exceed what is on hand. */
public class StockLedger {
    private final Map<String, Integer> onHand = new HashMap<>();
    private final Map<String, Integer> reserved = new HashMap<>();

    public void receive(String sku, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        onHand.merge(sku, quantity, Integer::sum);
    }

    public boolean reserve(String sku, int quantity) {
        if (available(sku) < quantity) {
            return false;
        }
        reserved.merge(sku, quantity, Integer::sum);
        return true;
    }

    public void ship(String sku, int quantity) {
        int held = reserved.getOrDefault(sku, 0);
        if (held < quantity) {
            throw new IllegalStateException("only " + held + " of " + sku + " reserved");
        }
        reserved.put(sku, held - quantity);
        onHand.put(sku, onHand.get(sku) - quantity);
    }

    public int available(String sku) {
        return onHand.getOrDefault(sku, 0) - reserved.getOrDefault(sku, 0);
    }

    public String status(String sku) {
        int available = available(sku);
        if (available == 0) {
            return "SOLD_OUT";
        }
        if (available < 5) {
            return "LOW";
        }
        return "IN_STOCK";
    }
}
