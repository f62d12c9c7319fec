package io.github.readiness.rules.evidence.source;

/**
 * Looks at each line of each scanned file, in order, and records what it finds. One instance serves one scan, so a
 * detector may keep state across the lines of a file (it sees a new {@link SourceFile} when the file changes).
 * Detectors must be linear in the line length: no regular expression that can backtrack without bound.
 */
interface SourceDetector {
    void line(SourceFile file, int number, String text, SourceFindings found);

    /** Called after the last line of each file (a detector that resolves names declared later flushes here). */
    default void fileEnd(SourceFile file, SourceFindings found) {}
}
