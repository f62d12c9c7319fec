package io.github.readiness.rules.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outputs a readiness run can produce. Every file format is a formatter over the one scorecard; GITHUB writes no
 * file of its own (it appends to the GitHub Actions step summary and prints annotations, see {@link GithubActions}).
 */
public enum OutputFormat {
    /** readiness.json, the machine-readable result (schemaVersion 1) that other goals read back. */
    JSON("readiness.json"),
    /** readiness.md, the audit for people. */
    MARKDOWN("readiness.md"),
    /** readiness.sarif, SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps, IDE viewers). */
    SARIF("readiness.sarif"),
    /** TEST-readiness.xml, one JUnit test case per rule: the name matches CI globs for Surefire reports. */
    JUNIT("TEST-readiness.xml"),
    /** GitHub Actions step summary and annotations; no file. */
    GITHUB(null);

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file this format writes in the report directory, or null when it writes none (GITHUB). */
    public String fileName() {
        return fileName;
    }

    /** "JSON, MARKDOWN, SARIF, JUNIT, GITHUB": the valid values, for error messages and documentation. */
    public static String validValues() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Parses format names, case-insensitively; an entry may itself be comma-separated ({@code "JSON,SARIF"}), blank
     * entries are ignored.
     *
     * @throws IllegalArgumentException naming the unknown value and the valid ones
     */
    public static Set<OutputFormat> parse(Collection<String> names) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String entry : names) {
            if (entry == null) {
                continue;
            }
            for (String name : entry.split(",")) {
                String trimmed = name.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                try {
                    formats.add(valueOf(trimmed.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    // no cause: Maven appends every cause's message to the error line, and "No enum constant
                    // io.github...OutputFormat.HTML" says nothing the user can act on
                    throw new IllegalArgumentException("unknown format '" + trimmed + "': use one or more of "
                            + validValues() + ", comma-separated");
                }
            }
        }
        return formats;
    }
}
