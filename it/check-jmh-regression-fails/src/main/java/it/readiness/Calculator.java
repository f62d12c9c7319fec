package it.readiness;

import java.util.concurrent.locks.LockSupport;

/** A tiny class with lines and branches for the gate to measure, and a slow method for the benchmark. */
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

    /** The sum, after 20 ms of "work" (the baseline was recorded when this took 2 ms). */
    public int slowAdd(int a, int b) {
        LockSupport.parkNanos(20_000_000L);
        return a + b;
    }
}
