package io.github.readiness.rules.evidence.source;

/** Placeholder, emptied in the secrets branch only so the scanner runs (the lead keeps the real detector). */
final class TodoMarkerDetector implements SourceDetector {
    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        // intentionally empty: written by another helper
    }
}
