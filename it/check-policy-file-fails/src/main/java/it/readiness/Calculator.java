package it.readiness;

/** A small class whose tests cover every line but one: enough for silver's 80 %, not for this project's 95 %. */
public class Calculator {
    public int add(int a, int b) {
        return a + b;
    }

    public int subtract(int a, int b) {
        return a - b;
    }

    public int multiply(int a, int b) {
        return a * b;
    }

    public int max(int a, int b) {
        if (a >= b) {
            return a;
        }
        return b;
    }

    public int abs(int a) {
        if (a < 0) {
            return -a;
        }
        return a;
    }

    public int negate(int a) {
        return -a;
    }
}
