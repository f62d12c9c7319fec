package io.github.readiness.rules.evidence.jacoco.sample;

/**
 * The class the coverage tests instrument and run. Tests assert exact counters, so every line below is
 * counted: changing this class changes them. 5 lines, 14 instructions, 2 branches, 3 methods.
 */
public class Calculator {
    public int absolute(int value) {
        if (value < 0) {
            return -value;
        }
        return value;
    }

    public int twice(int value) {
        return value * 2;
    }
}
