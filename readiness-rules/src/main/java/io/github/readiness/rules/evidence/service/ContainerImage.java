package io.github.readiness.rules.evidence.service;

import java.util.List;
import java.util.Locale;

/** Facts about image references and users that the container rule judges. */
public final class ContainerImage {
    /** Base images that run as a non-root user without a USER instruction. */
    private static final List<String> NON_ROOT_BASES =
            List.of("registry.access.redhat.com/ubi", "cgr.dev/chainguard/", "paketobuildpacks/");

    private ContainerImage() {}

    /** Pinned: a digest, or a tag other than {@code latest}; {@code scratch} has nothing to pin. */
    public static boolean isPinned(String image) {
        if (image.contains("@sha256:") || image.equalsIgnoreCase("scratch")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash && !image.substring(colon + 1).equals("latest");
    }

    /** {@code root}, {@code 0}, {@code root:root}, {@code 0:0}. */
    public static boolean isRoot(String user) {
        String name = user.strip();
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.equals("root") || name.equals("0");
    }

    /** A base image known to run as a non-root user (Red Hat UBI OpenJDK, Chainguard, distroless :nonroot). */
    public static boolean runsAsNonRoot(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        return NON_ROOT_BASES.stream().anyMatch(lower::startsWith)
                || (lower.contains("distroless") && lower.contains("nonroot"));
    }
}
