package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.policy.Nearest;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Applies policy files onto a policy, following {@code extends:} first (preset -> shared policy -> project file,
 * later wins). A reference is a preset name ({@code silver}), {@code classpath:acme/readiness.yaml} (looked up
 * through the class loader the front end passes: the Maven plugin passes its own, which holds the plugin's
 * dependencies) or a path (relative to the file that names it). Cycles and chains deeper than {@value #MAX_DEPTH}
 * files are errors naming the chain.
 */
public final class PolicyLoader {
    /** The longest extends chain followed; a deeper one is almost surely a mistake. */
    public static final int MAX_DEPTH = 8;

    private static final String CLASSPATH = "classpath:";

    private final Path displayBase;
    private final ClassLoader classpath;

    /**
     * @param displayBase files are named relative to this directory in messages and provenance (the module)
     * @param classpath where {@code classpath:} references are looked up
     */
    public PolicyLoader(Path displayBase, ClassLoader classpath) {
        this.displayBase = Objects.requireNonNull(displayBase, "displayBase");
        this.classpath = Objects.requireNonNull(classpath, "classpath");
    }

    /**
     * Applies what a reference names, with its extends chain.
     *
     * @param relativeTo the directory a relative path is resolved against (the module, for the Maven plugin)
     * @param referrer how an error names the reference's place ({@code Invalid readiness configuration in the POM:
     *     policy}): the message goes on {@code <referrer> '<reference>' is not a preset; ...}
     */
    public TracedPolicy apply(TracedPolicy base, String reference, Path relativeTo, String referrer) {
        PolicySource source = resolve(reference, null, relativeTo, referrer);
        return applyChain(base, source, List.of());
    }

    /** Applies a policy file found by the front end (the project's readiness.yaml), with its extends chain. */
    public TracedPolicy applyFile(TracedPolicy base, Path file) {
        return applyChain(base, PolicySource.file(file, PathDisplay.relative(displayBase, file)), List.of());
    }

    /**
     * Applies a project's {@value ProjectPolicyFile#ATTESTATIONS} (attestations only; evidence paths relative to its
     * directory), after its policy file.
     */
    public TracedPolicy applyAttestations(TracedPolicy base, Path file) {
        PolicySource source = PolicySource.file(file, PathDisplay.relative(displayBase, file));
        return PolicyFileApplier.apply(
                source, read(source), base.withSource(source.name()), PolicyKeys.ATTESTATIONS_FILE);
    }

    private TracedPolicy applyChain(TracedPolicy base, PolicySource source, List<PolicySource> below) {
        MapNode root = read(source);
        TracedPolicy result = base;
        Entry extendsEntry = root.entry(PolicyKeys.EXTENDS);
        if (extendsEntry != null) {
            FileValues values = new FileValues(source);
            String reference = values.text(extendsEntry.value(), PolicyKeys.EXTENDS);
            String referrer = source.at(extendsEntry.line()) + PolicyKeys.EXTENDS;
            PolicySource parent = resolve(reference, source, null, referrer);
            List<PolicySource> chain = new ArrayList<>(below);
            chain.add(source);
            checkChain(chain, parent, values, extendsEntry.line());
            result = applyChain(result, parent, chain);
        }
        return PolicyFileApplier.apply(source, root, result.withSource(source.name()));
    }

    private static void checkChain(List<PolicySource> chain, PolicySource parent, FileValues values, int line) {
        List<String> names =
                new ArrayList<>(chain.stream().map(PolicySource::name).toList());
        names.add(parent.name());
        if (chain.stream().anyMatch(s -> s.identity().equals(parent.identity()))) {
            throw values.error(line, "extends cycle: " + String.join(" -> ", names) + "; remove one of these extends");
        }
        if (chain.size() >= MAX_DEPTH) {
            throw values.error(
                    line,
                    "extends chain longer than " + MAX_DEPTH + " files: " + String.join(" -> ", names)
                            + "; shorten it");
        }
    }

    private static MapNode read(PolicySource source) {
        try (InputStream in = source.open()) {
            return PolicyFileReader.read(in, source.name(), source.format());
        } catch (IOException e) {
            throw new PolicyException("cannot read " + source.name() + ": " + e.getMessage());
        }
    }

    /** @param from the file that names the reference, or null for a front end's reference (then relativeTo) */
    private PolicySource resolve(String text, PolicySource from, Path relativeTo, String referrer) {
        String reference = text.strip();
        String problem = "'" + reference + "'";
        PolicySource source;
        if (reference.startsWith(CLASSPATH)) {
            String resource = reference.substring(CLASSPATH.length()).strip().replaceFirst("^/+", "");
            source = PolicySource.classpath(resource, classpath);
            if (resource.isEmpty() || !source.exists()) {
                throw new PolicyException(referrer + " " + problem + " names no resource on the classpath; for the"
                        + " Maven plugin, add the jar that holds it to the plugin's <dependencies>");
            }
        } else if (reference.matches("[A-Za-z0-9_-]+")) {
            String name = reference.toLowerCase(Locale.ROOT);
            if (!Presets.NAMES.contains(name)) {
                String nearest = Nearest.of(name, Presets.NAMES);
                throw new PolicyException(referrer + " " + problem + " is not a preset"
                        + (nearest == null ? ": use" : "; did you mean '" + nearest + "'? Use") + " a preset ("
                        + String.join(", ", Presets.NAMES) + "), classpath:<resource> or a file path");
            }
            source = PolicySource.preset(name);
        } else if (from != null && from.file() == null) {
            source = PolicySource.classpath(siblingResource(from.resource(), reference, referrer), from.loader());
            if (!source.exists()) {
                throw new PolicyException(referrer + " " + problem + " names no resource next to " + from.name());
            }
        } else {
            Path file = resolvePath(
                    reference, from == null ? relativeTo : from.file().getParent(), referrer);
            source = PolicySource.file(file, PathDisplay.relative(displayBase, file));
            if (!source.exists()) {
                throw new PolicyException(referrer + " " + problem + " names no file (" + source.name() + "); a"
                        + " relative path is resolved against the directory of "
                        + (from == null ? "the project" : from.name()));
            }
        }
        try {
            source.format();
        } catch (PolicyException e) {
            throw new PolicyException(referrer + " " + problem + ": " + e.getMessage());
        }
        return source;
    }

    private static Path resolvePath(String reference, Path directory, String referrer) {
        try {
            return directory.resolve(reference).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new PolicyException(referrer + " '" + reference + "' is not a valid path: " + e.getReason());
        }
    }

    /** A relative reference inside a classpath resource names a resource next to it, as a relative URI would. */
    private static String siblingResource(String resource, String reference, String referrer) {
        try {
            URI base = new URI(CLASSPATH.substring(0, CLASSPATH.length() - 1), null, "/" + resource, null);
            String path = base.resolve(new URI(null, null, reference, null)).getPath();
            return path.replaceFirst("^/+", "");
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new PolicyException(
                    referrer + " '" + reference + "' is not a valid resource path: " + e.getMessage());
        }
    }
}
