package io.github.readiness.maven.evaluation;

import io.github.readiness.maven.evidence.BuildFacts;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * {@code target/readiness/readiness.stamp}: what {@code check} computed readiness.json from, so that {@code report}
 * can tell cheaply (no file is read, only listed) whether that result still holds. Kept beside readiness.json, which
 * stays byte-deterministic. One line per fact: tool, project, build date (waiver expiry depends on it), whether tests
 * were skipped, a SHA-256 of the effective policy and of the evidence locations, then every evidence file with its
 * size and last-modified time (directories: the files in them; the module directory: see {@link #moduleDirectory}).
 */
public final class ReadinessStamp {
    public static final String FILE = "readiness.stamp";
    private static final String HEADER = "# readiness.stamp 1: what readiness.json was computed from";

    private ReadinessStamp() {}

    /** The stamp of a scorecard evaluated by this facade (after its {@link ReadinessFacade#policy()}). */
    public static String of(ReadinessFacade facade, MavenProject project, MavenSession session, Scorecard card)
            throws MojoExecutionException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("tool " + facade.tool().name() + " " + facade.tool().version());
        lines.add("project " + project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion());
        lines.add("date " + facade.buildDate());
        String skipped = BuildFacts.testsSkippedBy(session, project);
        lines.add("testsSkipped " + (skipped == null ? "-" : skipped));
        List<String> policy = new ArrayList<>();
        PolicyListing.values(facade.tracedPolicy()).forEach(v -> policy.add(v.name() + " " + v.shown()));
        policy.add("baseline " + facade.policy().baselineSettings());
        lines.add("policy " + sha256(policy));
        lines.add("locations "
                + sha256(List.of(
                        facade.settings().evidence().toString(),
                        facade.settings().baseline().toString())));
        Path basedir = project.getBasedir().toPath();
        Set<String> paths = new LinkedHashSet<>();
        // a record may name several paths ("src/main/java, src/main/resources")
        card.evidence().stream()
                .map(EvidenceRecord::path)
                .flatMap(p -> Stream.of(p.split(", ")))
                .forEach(paths::add);
        paths.add(
                basedir.relativize(facade.settings().baseline().file().toPath().toAbsolutePath())
                        .toString());
        for (String path : paths) {
            lines.addAll(fileLines(basedir, path));
        }
        return String.join("\n", lines) + "\n";
    }

    public static void write(Path directory, String stamp) throws IOException {
        ReportFiles.writeAtomically(directory.resolve(FILE), out -> out.write(stamp));
    }

    /** The stamp check wrote, or null when there is none (or it cannot be read: then the report evaluates). */
    public static String read(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first line where two stamps differ, for the log ("file target/jacoco.exec ..."); null when equal. */
    public static String firstDifference(String written, String now) {
        List<String> was = written.lines().toList();
        List<String> is = now.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String line = i < is.size() ? is.get(i) : was.get(i);
            if (i >= was.size() || i >= is.size() || !was.get(i).equals(is.get(i))) {
                return line.matches("(file|absent|entry|unreadable) .*") ? line.split(" ")[1] : line.split(" ")[0];
            }
        }
        return null;
    }

    /** The stamp lines of one evidence path (relative to the module): files with size and time, or absent. */
    static List<String> fileLines(Path basedir, String shown) {
        Path path;
        try {
            path = basedir.resolve(shown).normalize();
        } catch (RuntimeException e) { // a glob or a description rather than a path
            return List.of("absent " + shown);
        }
        if (Files.isRegularFile(path)) {
            return List.of(fileLine(basedir, path));
        }
        if (!Files.isDirectory(path)) {
            return List.of("absent " + shown);
        }
        if (path.equals(basedir.normalize())) {
            return moduleDirectory(basedir);
        }
        try (Stream<Path> files = Files.find(path, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
            return files.sorted().map(file -> fileLine(basedir, file)).toList();
        } catch (IOException | RuntimeException e) {
            return List.of("unreadable " + shown);
        }
    }

    /**
     * The module directory holds target/ and logs that change on every build: only which entries it has counts (a
     * README, LICENSE or CI folder added or removed), and the contents of the files the repository scan reads (the
     * README and .env.example, for documented configuration keys).
     */
    private static List<String> moduleDirectory(Path basedir) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> entries = Files.list(basedir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                boolean read = lower.startsWith("readme") || lower.startsWith(".env.");
                lines.add(read && Files.isRegularFile(entry) ? fileLine(basedir, entry) : "entry " + name);
            }
        } catch (IOException e) {
            lines.add("unreadable .");
        }
        return lines;
    }

    private static String fileLine(Path basedir, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return "file " + basedir.normalize().relativize(file).toString().replace('\\', '/') + " "
                    + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "unreadable " + file;
        }
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
