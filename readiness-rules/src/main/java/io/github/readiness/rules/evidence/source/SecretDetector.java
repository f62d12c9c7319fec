package io.github.readiness.rules.evidence.source;

import io.github.readiness.rules.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds hardcoded secrets, line by line, in every file the scan reads (test roots too, when policy adds them): private
 * key blocks and provider tokens in any text file; literal credentials assigned to password/secret/token/apikey keys
 * in {@code .properties}, {@code .yml}/{@code .yaml}, {@code .xml} and {@code .java} files. One finding per
 * occurrence; a line that holds a key header or a provider token is not also judged as an assignment (one secret,
 * one finding). Every scan is linear in the line length (literal anchors, hand-checked rest, no regular expression).
 */
final class SecretDetector implements SourceDetector {
    private static final Comparator<SecretMatch> LINE_ORDER =
            Comparator.comparingInt(SecretMatch::start).thenComparing(SecretMatch::pattern);

    private final PrivateKeyBlocks keys = new PrivateKeyBlocks();
    private SourceFile current;
    private boolean inXmlComment;

    @Override
    public void line(SourceFile file, int number, String text, SourceFindings found) {
        if (!file.equals(current)) {
            current = file;
            keys.reset();
            inXmlComment = false;
        }
        List<SecretMatch> matches = new ArrayList<>();
        PrivateKeyBlocks.Role role = keys.line(text, new PrivateKeyBlocks.Found() {
            @Override
            public int line() {
                return number;
            }

            @Override
            public void key(String header, String material, int line) {
                found.secret(secret(
                        file,
                        line == 0 ? number : line,
                        new SecretMatch(SecretPattern.PRIVATE_KEY, 0, material, header, "private key")));
            }
        });
        if (role == PrivateKeyBlocks.Role.MATERIAL) {
            return;
        }
        ProviderTokens.find(text, matches);
        JsonWebTokens.find(text, matches);
        AwsSecretKeys.find(text, matches);
        if (matches.isEmpty() && role == PrivateKeyBlocks.Role.OTHER) {
            for (Assignment assignment : assignments(file, text)) {
                if (CredentialKey.isCredential(assignment.key())) {
                    SecretMatch credential = CredentialValue.judge(assignment);
                    if (credential != null) {
                        matches.add(credential);
                    }
                }
            }
        }
        matches.sort(LINE_ORDER);
        for (SecretMatch match : matches) {
            found.secret(secret(file, number, match));
        }
    }

    private List<Assignment> assignments(SourceFile file, String text) {
        List<Assignment> assignments = new ArrayList<>();
        if (file.isProperties()) {
            ConfigAssignments.properties(text, assignments);
        } else if (file.isYaml()) {
            ConfigAssignments.yaml(text, assignments);
        } else if (file.isXml() && !xmlComment(text)) {
            XmlAssignments.find(text, assignments);
        } else if (file.isJava()) {
            JavaAssignments.find(text, assignments);
        }
        return assignments;
    }

    /** Whether the line is (part of) an XML comment, following {@code <!-- ... -->} across lines. */
    private boolean xmlComment(String text) {
        String line = text.strip();
        if (inXmlComment) {
            inXmlComment = !line.contains("-->");
            return true;
        }
        if (line.startsWith("<!--")) {
            inXmlComment = !line.contains("-->");
            return true;
        }
        return false;
    }

    static HardcodedSecret secret(SourceFile file, int line, SecretMatch match) {
        SecretPattern pattern = match.pattern();
        String masked = match.shown() != null ? match.shown() : SecretMask.mask(match.value(), pattern.kind());
        return new HardcodedSecret(
                pattern.id(),
                pattern.kind(),
                match.description(),
                new Location(file.display(), line),
                masked,
                SecretMask.fingerprint(pattern.id(), match.value()));
    }
}
