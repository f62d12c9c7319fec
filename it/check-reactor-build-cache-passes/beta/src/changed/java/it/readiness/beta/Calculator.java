package it.readiness.beta;

/** The same tiny class, edited: a changed source with lines and branches for the gate to measure. */
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
