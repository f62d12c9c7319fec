package it.readiness;

/** A tiny class with lines and branches for the gate to measure. */
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
}
