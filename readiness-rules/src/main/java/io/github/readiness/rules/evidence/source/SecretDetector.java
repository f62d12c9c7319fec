package io.github.readiness.rules.evidence.source;

/** Placeholder: written by the issue-4 work on this detector. */
final class SecretDetector implements SourceDetector {
    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        throw new UnsupportedOperationException("not written yet");
    }
}
