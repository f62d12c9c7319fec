package it.readiness.legacy;

/** Old code with few tests: this module is below the line coverage bar. */
public class Ledger {
    // TODO split the ledger by currency (a LOW finding with a file and line, for the SARIF paths)
    private long balance;

    public void deposit(long amount) {
        balance += amount;
    }

    public long balance() {
        return balance;
    }

    public void withdraw(long amount) {
        balance -= amount;
    }

    public void reset() {
        balance = 0;
    }

    public String describe() {
        return "balance " + balance;
    }

    public long doubled() {
        return balance * 2;
    }
}
