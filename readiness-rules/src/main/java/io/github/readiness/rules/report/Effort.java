package io.github.readiness.rules.report;

/** Effort as audits write it: "~15 min", "~3 h", "~2 d" (a day is 8 working hours). */
public final class Effort {
    private Effort() {}

    public static String format(int minutes) {
        if (minutes <= 0) {
            return "-";
        }
        if (minutes < 60) {
            return "~" + minutes + " min";
        }
        if (minutes < 8 * 60) {
            return "~" + roundHalfUp(minutes, 60) + " h";
        }
        return "~" + roundHalfUp(minutes, 8 * 60) + " d";
    }

    private static long roundHalfUp(int minutes, int unit) {
        return Math.max(1, (minutes + unit / 2) / unit);
    }
}
