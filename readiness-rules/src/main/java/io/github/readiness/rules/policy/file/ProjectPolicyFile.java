package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds a project's policy file: {@code readiness.yaml}, {@code readiness.yml} or {@code readiness.json}. */
public final class ProjectPolicyFile {
    /** The names looked for, in this order. */
    public static final List<String> NAMES = List.of("readiness.yaml", "readiness.yml", "readiness.json");

    /** The file {@code readiness:attest} writes, beside the policy file: attestations only. */
    public static final String ATTESTATIONS = "readiness-attestations.yaml";

    private ProjectPolicyFile() {}

    /**
     * The attestations file of a project: beside its policy file when it has one, else in the first of these
     * directories that holds one; null when there is none.
     */
    public static Path attestationsFile(Path policyFile, List<Path> directories) {
        if (policyFile != null) {
            Path beside = policyFile.toAbsolutePath().getParent().resolve(ATTESTATIONS);
            if (Files.isRegularFile(beside)) {
                return beside;
            }
        }
        return directories.stream()
                .filter(java.util.Objects::nonNull)
                .map(directory -> directory.resolve(ATTESTATIONS))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
    }

    /**
     * The policy file in this directory, or null when there is none.
     *
     * @param displayBase the errors name files relative to this directory
     * @throws PolicyException when the directory holds two of them (which one wins would be a guess)
     */
    public static Path in(Path directory, Path displayBase) {
        List<Path> found = NAMES.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .toList();
        if (found.size() > 1) {
            throw new PolicyException(String.join(
                            " and ",
                            found.stream()
                                    .map(file -> PathDisplay.relative(displayBase, file))
                                    .toList())
                    + " are two policy files in one directory; keep one");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
