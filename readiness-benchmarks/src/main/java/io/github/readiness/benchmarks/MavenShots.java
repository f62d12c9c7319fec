package io.github.readiness.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole {@code check} the way Maven runs it, side by side with {@code jacoco:check} on the same project in the
 * same run: a generated module ({@link BenchData#module}: classes, jacoco.exec, Surefire, dependency-check and SARIF
 * reports, sources) gets a POM, and each case is a fresh {@code mvn -o} process. The goal's time is read from Maven's
 * own log timestamps (from the goal's {@code ---} line to {@code BUILD}), so Maven's start-up and project loading are
 * left out and the plugin's class realm, class loading and JIT are in, as in a real build.
 *
 * <p>{@code java -cp benchmarks.jar io.github.readiness.benchmarks.MavenShots <maven-repo> [shots] [classes]}: the
 * local repository must hold jacoco-maven-plugin and this plugin (an IT run installs it into the IT repository).
 * Cases, interleaved round by round: {@code jacoco:check}; {@code check, first build} (target/readiness deleted, no
 * coverage cache: what CI runs after {@code mvn clean}); {@code check, cache restored} (the cache in
 * {@code readiness.coverageCacheDirectory} from the shot before, as a CI cache restores it). The project's
 * jacoco.xml is removed, so both tools analyse the exec file.
 */
public final class MavenShots {
    static final String JACOCO = "org.jacoco:jacoco-maven-plugin:0.8.15:check";
    static final String READINESS = "io.github.readiness:readiness-maven-plugin:0.1.0-SNAPSHOT:check";
    private static final Pattern STAMP = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d) ");

    private MavenShots() {}

    public static void main(String[] args) throws Exception {
        String repository = args[0];
        int shots = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : BenchData.SMALL;
        Path project = prepare(BenchData.fromSystemProperty().module(classes), classes);
        Path cacheDirectory = project.resolve("ci-cache");
        String restoredCache = "-Dreadiness.coverageCacheDirectory=" + cacheDirectory;
        run(project, repository, READINESS, restoredCache); // the previous CI build: fills the cache, not timed
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (int round = 0; round < shots; round++) {
            add(samples, "jacoco:check", run(project, repository, JACOCO));
            deleteTree(project.resolve("target/readiness"));
            add(samples, "check, first build", run(project, repository, READINESS));
            deleteTree(project.resolve("target/readiness"));
            add(samples, "check, cache restored", run(project, repository, READINESS, restoredCache));
        }
        double jacoco = median(samples.get("jacoco:check"), 0);
        System.out.printf(
                Locale.ROOT,
                "%-24s %10s %10s %10s%n",
                "case (median of " + shots + ")",
                "goal ms",
                "vs jacoco",
                "mvn ms");
        for (Map.Entry<String, List<double[]>> entry : samples.entrySet()) {
            double goal = median(entry.getValue(), 0);
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %10.0f %9.2fx %10.0f%n",
                    entry.getKey(),
                    goal,
                    goal / jacoco,
                    median(entry.getValue(), 1));
        }
    }

    /** A copy of the module with a POM that configures both goals; its jacoco.xml removed. */
    static Path prepare(ModuleData module, int classes) throws IOException {
        Path project = module.base().resolveSibling("maven-" + classes);
        if (!Files.isDirectory(project)) {
            copyTree(module.base(), project);
            Files.deleteIfExists(project.resolve("target/site/jacoco/jacoco.xml"));
            Files.writeString(project.resolve("pom.xml"), pom(classes), StandardCharsets.UTF_8);
        }
        return project;
    }

    static String pom(int classes) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>module-%d</artifactId>
                  <version>1.0.0</version>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.jacoco</groupId>
                        <artifactId>jacoco-maven-plugin</artifactId>
                        <version>0.8.15</version>
                        <configuration>
                          <rules><rule><element>BUNDLE</element><limits><limit>
                            <counter>LINE</counter><value>COVEREDRATIO</value><minimum>0.10</minimum>
                          </limit></limits></rule></rules>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>io.github.readiness</groupId>
                        <artifactId>readiness-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                        <configuration><failOnNotReady>false</failOnNotReady></configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(classes);
    }

    /** {goal ms from Maven's timestamps, whole mvn process ms}. */
    static double[] run(Path project, String repository, String goal, String... extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "mvn",
                "-B",
                "-o",
                "-llr", // take what the repository holds whichever remote it came from (IT repositories)
                "-Dmaven.repo.local=" + repository,
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        command.addAll(List.of(extra));
        command.add(goal);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(goal + " failed (exit " + exit + "):\n" + log);
        }
        return new double[] {goalMillis(log, goal.split(":")[1]), wall};
    }

    /** From the goal's {@code --- artifact:version:goal} line to the {@code BUILD} line, by the log's timestamps. */
    static double goalMillis(String log, String artifactId) {
        long start = -1;
        for (String line : log.split("\n")) {
            Matcher time = STAMP.matcher(line);
            if (!time.find()) {
                continue;
            }
            long millis = ((Long.parseLong(time.group(1)) * 60 + Long.parseLong(time.group(2))) * 60
                                    + Long.parseLong(time.group(3)))
                            * 1000
                    + Long.parseLong(time.group(4));
            if (start < 0 && line.contains("--- " + artifactId + ":")) {
                start = millis;
            } else if (start >= 0 && line.contains("BUILD ")) {
                return millis >= start ? millis - start : millis + 86_400_000 - start;
            }
        }
        throw new IllegalStateException("no timestamps for " + artifactId + " in:\n" + log);
    }

    private static void add(Map<String, List<double[]>> samples, String name, double[] sample) {
        samples.computeIfAbsent(name, n -> new ArrayList<>()).add(sample);
        System.out.printf(Locale.ROOT, "  %-24s goal %6.0f ms, mvn %6.0f ms%n", name, sample[0], sample[1]);
    }

    private static double median(List<double[]> values, int field) {
        double[] sorted = values.stream().mapToDouble(v -> v[field]).sorted().toArray();
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
