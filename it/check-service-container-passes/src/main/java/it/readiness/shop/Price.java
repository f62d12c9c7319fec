package it.readiness.shop;

/** A price in cents with a discount. */
public final class Price {
    private Price() {}

    public static long discounted(long cents, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        long off = cents * percent / 100;
        long result = cents - off;
        return result;
    }

    public static long total(long... cents) {
        long sum = 0;
        for (long each : cents) {
            sum += each;
        }
        long rounded = sum - sum % 5;
        return rounded;
    }

    public static String format(long cents) {
        long euros = cents / 100;
        long rest = cents % 100;
        String padded = rest < 10 ? "0" + rest : String.valueOf(rest);
        return euros + "." + padded;
    }
}
