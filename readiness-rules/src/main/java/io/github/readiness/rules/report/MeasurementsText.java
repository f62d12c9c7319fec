package io.github.readiness.rules.report;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.score.Measurements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measured numbers as the text renderers show them (console, Markdown, the site page), so they agree to the
 * character: coverage per counter as "98.16 %" (two decimals, rounded down: {@link Percent#counter}) with covered
 * and total, and the test totals of each source.
 */
public final class MeasurementsText {
    /** The rounding rule, stated next to every coverage table. */
    public static final String ROUNDING = "coverage = covered / (covered + missed), rounded down to 2 decimals"
            + " (JaCoCo's HTML report rounds down to whole percent), so a measure below its threshold never reads as"
            + " reaching it";

    /** Column headers of the coverage table. */
    public static final List<String> COVERAGE_HEADER = List.of("Counter", "Covered", "Missed", "Total", "Coverage");

    /** Column headers of the test table. */
    public static final List<String> TESTS_HEADER =
            List.of("Source", "Tests", "Passed", "Failures", "Errors", "Skipped", "Flaky", "Time");

    private MeasurementsText() {}

    /** Display name of a counter: "Instruction", "Branch", ... */
    public static String name(CounterType type) {
        String label = type.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public static String coverage(Counter counter) {
        return Percent.counter(counter.covered(), counter.total());
    }

    /** One row of the coverage table per counter, all six, in JaCoCo's order. */
    public static List<List<String>> coverageRows(Measurements measurements) {
        List<List<String>> rows = new ArrayList<>();
        for (CounterType type : CounterType.values()) {
            Counter c = measurements.counter(type);
            rows.add(List.of(
                    name(type),
                    String.valueOf(c.covered()),
                    String.valueOf(c.missed()),
                    String.valueOf(c.total()),
                    coverage(c)));
        }
        return rows;
    }

    /** One row of the test table per source. */
    public static List<List<String>> testRows(Measurements measurements) {
        List<List<String>> rows = new ArrayList<>();
        for (Measurements.TestTotals totals : measurements.tests()) {
            TestSummary s = totals.summary();
            rows.add(List.of(
                    totals.source(),
                    String.valueOf(s.tests()),
                    String.valueOf(s.passed()),
                    String.valueOf(s.failures()),
                    String.valueOf(s.errors()),
                    String.valueOf(s.skipped()),
                    String.valueOf(s.flakes()),
                    seconds(s.timeSeconds())));
        }
        return rows;
    }

    /** "12.345 s": the reports' own precision (milliseconds). */
    public static String seconds(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP).toPlainString() + " s";
    }

    /** The console lines: coverage on three lines (two counters each), one line per test source. */
    public static List<String> consoleLines(Measurements measurements) {
        List<String> lines = new ArrayList<>();
        if (measurements.hasCoverage()) {
            lines.add("Coverage (" + measurements.coverageSource() + "; rounded down): "
                    + counters(measurements, CounterType.LINE, CounterType.BRANCH));
            // two counters a line: six with their counts do not fit a log line of 120 characters
            lines.add("  " + counters(measurements, CounterType.INSTRUCTION, CounterType.COMPLEXITY));
            lines.add("  " + counters(measurements, CounterType.METHOD, CounterType.CLASS));
        } else {
            lines.add("Coverage: not measured (see the evidence in readiness.md)");
        }
        if (measurements.tests().isEmpty()) {
            lines.add("Tests: no test report read (see the evidence in readiness.md)");
        }
        for (Measurements.TestTotals totals : measurements.tests()) {
            TestSummary s = totals.summary();
            lines.add(String.format(
                    Locale.ROOT,
                    "Tests (%s): %d tests, %d passed, %d failures, %d errors, %d skipped," + " %d flaky, %s",
                    totals.source(),
                    s.tests(),
                    s.passed(),
                    s.failures(),
                    s.errors(),
                    s.skipped(),
                    s.flakes(),
                    seconds(s.timeSeconds())));
        }
        return lines;
    }

    private static String counters(Measurements measurements, CounterType... types) {
        List<String> parts = new ArrayList<>();
        for (CounterType type : types) {
            Counter c = measurements.counter(type);
            parts.add(type.label() + " " + coverage(c) + " (" + c.covered() + " of " + c.total() + ")");
        }
        return String.join(", ", parts);
    }

    /** The Markdown section "Measured": both tables, or a line saying what was not measured. */
    public static void markdown(Measurements measurements, StringBuilder md) {
        md.append("## Measured\n\n");
        if (measurements.hasCoverage()) {
            md.append("Coverage from ")
                    .append(MarkdownRenderer.escape(measurements.coverageSource()))
                    .append(" (")
                    .append(ROUNDING)
                    .append("):\n\n");
            table(COVERAGE_HEADER, coverageRows(measurements), md);
        } else {
            md.append("Coverage: not measured (see Evidence).\n\n");
        }
        if (measurements.tests().isEmpty()) {
            md.append("Tests: no test report read (see Evidence).\n\n");
        } else {
            md.append("Tests (passed = tests - skipped - failures - errors; flaky tests passed on a rerun and count as"
                    + " passed):\n\n");
            table(TESTS_HEADER, testRows(measurements), md);
        }
    }

    private static void table(List<String> header, List<List<String>> rows, StringBuilder md) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|---");
        md.append("|--:".repeat(header.size() - 1)).append("|\n");
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n');
    }

    /** "Rules off (2): `a`, `b`." for Markdown, or nothing when every rule was evaluated. */
    public static String rulesOff(List<String> rulesOff) {
        return rulesOff.isEmpty()
                ? ""
                : "Rules turned OFF by the policy (" + rulesOff.size() + "): "
                        + String.join(
                                ", ", rulesOff.stream().map(r -> "`" + r + "`").toList()) + ".\n\n";
    }
}
