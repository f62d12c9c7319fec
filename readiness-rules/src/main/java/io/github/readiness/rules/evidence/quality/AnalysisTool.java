package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.EvidenceFormat;

/**
 * A static analysis tool whose XML report the gate reads: its id in the evidence table, the report's default file
 * name in the build directory, the format its content must have, and how a user produces it.
 */
public enum AnalysisTool {
    SPOTBUGS(
            "spotbugs",
            "SpotBugs",
            "spotbugsXml.xml",
            EvidenceFormat.SPOTBUGS_XML,
            "run spotbugs-maven-plugin's check or spotbugs goal before readiness:check"),
    PMD(
            "pmd",
            "PMD",
            "pmd.xml",
            EvidenceFormat.PMD_XML,
            "run maven-pmd-plugin's check or pmd goal (format xml, the default) before readiness:check"),
    CHECKSTYLE(
            "checkstyle",
            "Checkstyle",
            "checkstyle-result.xml",
            EvidenceFormat.CHECKSTYLE_XML,
            "run maven-checkstyle-plugin's check or checkstyle goal before readiness:check");

    private final String id;
    private final String displayName;
    private final String defaultFileName;
    private final EvidenceFormat format;
    private final String howToProduce;

    AnalysisTool(String id, String displayName, String defaultFileName, EvidenceFormat format, String howToProduce) {
        this.id = id;
        this.displayName = displayName;
        this.defaultFileName = defaultFileName;
        this.format = format;
        this.howToProduce = howToProduce;
    }

    /** The evidence source name: {@code spotbugs}, {@code pmd}, {@code checkstyle}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The file name the tool's Maven plugin writes into {@code target/} by default. */
    public String defaultFileName() {
        return defaultFileName;
    }

    public EvidenceFormat format() {
        return format;
    }

    /** The fix for a missing or broken report, as the end of a one-line message. */
    public String howToProduce() {
        return howToProduce;
    }
}
