package io.github.readiness.rules.checklist;

import io.github.readiness.rules.policy.PolicyException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The evidence of an attestation: a file of the repository or an https URL. A URL is recorded, never fetched; one
 * with credentials in it is refused (they would end up in every report). A path must stay inside the repository.
 */
public final class EvidenceReference {
    private EvidenceReference() {}

    /** Whether the text is a URL (has a scheme), not a path. */
    public static boolean isUrl(String evidence) {
        return evidence.matches("(?i)[a-z][a-z0-9+.-]*://.*");
    }

    /**
     * Checks the evidence and says whether it is there.
     *
     * @param repository the directory a path is relative to, and must stay inside
     * @return true for an https URL or an existing file or directory; false for a path that names nothing (yet)
     * @throws PolicyException for a URL that is not https, a URL with credentials, an absolute path, or a path that
     *     leaves the repository
     */
    public static boolean check(String evidence, Path repository) {
        String text = evidence.strip();
        if (text.isEmpty()) {
            throw new PolicyException("evidence is empty: name a repository file or an https URL");
        }
        if (isUrl(text)) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new PolicyException("evidence '" + text + "' is not a valid URL: " + e.getReason());
            }
            if (uri.getRawUserInfo() != null) {
                throw new PolicyException("evidence URL " + withoutUserInfo(uri) + " has credentials in it (refused:"
                        + " they would be copied into every report); link to a page that needs no credentials in"
                        + " the URL");
            }
            if (!"https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new PolicyException(
                        "evidence '" + text + "' is not an https URL: use https://... or a" + " repository path");
            }
            return true;
        }
        Path root = repository.toAbsolutePath().normalize();
        Path file;
        try {
            Path relative = Path.of(text);
            if (relative.isAbsolute() || text.startsWith("/") || text.startsWith("\\")) {
                throw new PolicyException("evidence '" + text + "' is an absolute path: use a path relative to the"
                        + " repository (docs/runbooks/rollback.md)");
            }
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new PolicyException("evidence '" + text + "' is not a valid path: " + e.getReason());
        }
        if (!file.startsWith(root)) {
            throw new PolicyException("evidence '" + text + "' is outside the repository (" + root + "): keep the"
                    + " evidence in the repository, or link to it with an https URL");
        }
        return Files.exists(file);
    }

    private static String withoutUserInfo(URI uri) {
        return uri.getScheme() + "://***@" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
