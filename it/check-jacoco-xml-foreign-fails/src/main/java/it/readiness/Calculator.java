package it.readiness;

/** Half of this class is never tested. */
public class Calculator {
    public int add(int a, int b) {
        return a + b;
    }

    public int max(int a, int b) {
        if (a >= b) {
            return a;
        }
        return b;
    }

    public int clamp(int value, int low, int high) {
        if (value < low) {
            return low;
        }
        if (value > high) {
            return high;
        }
        return value;
    }

    public String describe(int value) {
        if (value < 0) {
            return "negative";
        }
        if (value == 0) {
            return "zero";
        }
        return "positive";
    }
}
