package io.github.readiness.rules.evidence;

/** How the classes a coverage report leaves out are named in the evidence table and in findings. */
public final class CoverageExclusions {
    private CoverageExclusions() {}

    /** "2 classes with 57 executable lines (0 covered) of target/classes, e.g. it.readiness.Legacy". */
    public static String describe(ExcludedClasses excluded) {
        return (excluded.classes() == 1 ? "1 class" : excluded.classes() + " classes") + " with "
                + excluded.lines() + (excluded.lines() == 1 ? " executable line" : " executable lines") + " ("
                + excluded.coveredLines() + " covered), e.g. " + String.join(", ", excluded.examples());
    }
}
