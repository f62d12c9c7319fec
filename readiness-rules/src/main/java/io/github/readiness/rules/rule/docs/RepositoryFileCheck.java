package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.repository.RepositoryFile;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.RuleContext;
import java.util.List;
import java.util.Locale;

/**
 * How a documentation rule judges one kind of repository file, and the finding when none was found: it names
 * where the scanner looked, so a user can tell a missing file from one kept where nobody looks.
 *
 * @param what how the message names the file ({@code README}, {@code LICENSE file})
 * @param lookedFor the names looked for, as the message lists them
 * @param alsoInSubdirectories whether docs/ and .github/ were searched too (not for CI configuration)
 */
record RepositoryFileCheck(RepositoryFile kind, String what, String lookedFor, boolean alsoInSubdirectories) {

    /** The waiver key: the kind, lower case ({@code readme}, {@code security-policy}, {@code ci-configuration}). */
    String key() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean isFound(RepositoryFiles files) {
        return files.file(kind).isPresent();
    }

    /** "no README in . or .. (looked for README, README.md, ... there and in docs/, .github/)" */
    String missingMessage(RepositoryFiles files) {
        return "no " + what + " in " + directories(files.searched()) + " (looked for " + lookedFor
                + (alsoInSubdirectories ? " there and in docs/, .github/)" : ")");
    }

    Finding missing(RuleContext context, RepositoryFiles files, Severity severity, String remediation, int effort) {
        return context.finding(severity, key(), missingMessage(files))
                .remediation(remediation)
                .effort(effort)
                .notBlocking();
    }

    /** ".", ". or ..", "., .. or ../.." */
    static String directories(List<String> searched) {
        if (searched.size() <= 1) {
            return searched.isEmpty() ? "." : searched.get(0);
        }
        return String.join(", ", searched.subList(0, searched.size() - 1)) + " or " + searched.get(searched.size() - 1);
    }
}
