package io.github.readiness.rules.evidence;

/**
 * Totals over test reports. {@code flakes} counts tests that failed and then passed on a rerun
 * (Surefire's rerunFailingTestsCount); they count as passed in {@code tests}.
 */
public record TestSummary(int tests, int failures, int errors, int skipped, int flakes, double timeSeconds) {
    public static final TestSummary EMPTY = new TestSummary(0, 0, 0, 0, 0, 0);

    /** Tests that actually ran (not skipped). */
    public int executed() {
        return Math.max(0, tests - skipped);
    }

    /** Executed tests that neither failed nor errored. */
    public int passed() {
        return Math.max(0, executed() - failures - errors);
    }

    public TestSummary plus(TestSummary o) {
        return new TestSummary(
                tests + o.tests,
                failures + o.failures,
                errors + o.errors,
                skipped + o.skipped,
                flakes + o.flakes,
                timeSeconds + o.timeSeconds);
    }
}
