package io.github.readiness.rules.evidence.source;

import java.util.List;

/** Runs a fresh {@link SecretDetector} over lines of one file, as the scanner would. */
final class SecretLines {
    private SecretLines() {}

    static List<HardcodedSecret> scan(String display, String... lines) {
        SecretDetector detector = new SecretDetector();
        SourceFindings found = new SourceFindings();
        SourceFile file = new SourceFile(display, false);
        for (int i = 0; i < lines.length; i++) {
            detector.line(file, i + 1, lines[i], found);
        }
        return List.copyOf(found.secrets);
    }
}
