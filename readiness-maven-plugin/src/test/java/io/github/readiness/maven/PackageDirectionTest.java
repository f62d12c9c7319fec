package io.github.readiness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages depend in one direction, the pipeline's: the goals ({@code mojo}) on the reactor step, the
 * report page and the evaluation; the reactor step on the report outputs and the evaluation; the report on the
 * evaluation; the evaluation on the Maven-model adapters ({@code evidence}), which depend on no other package of the
 * plugin. Read from the sources (every reference to {@code io.github.readiness.maven.<package>}, imports and qualified
 * names alike), so a class that reaches up the pipeline fails this test with its file and the package it names.
 */
class PackageDirectionTest {
    /** Lowest first: a package may use its own classes and those of the packages before it. */
    private static final List<String> LAYERS = List.of("evidence", "evaluation", "report", "reactor", "mojo");

    private static final Path SOURCES = Path.of("src/main/java/io/github/readiness/maven");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.readiness\\.maven\\.([a-z]\\w*)\\.");

    @Test
    void everyPackageUsesOnlyItselfAndThePackagesBelowIt() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Path file : sources()) {
            String layer = SOURCES.relativize(file).getName(0).toString();
            for (String used : referencedPackages(file)) {
                if (!used.equals(layer) && LAYERS.indexOf(used) > LAYERS.indexOf(layer)) {
                    violations.add(SOURCES.relativize(file) + " (" + layer + ") uses " + used);
                }
            }
        }
        assertEquals(Set.of(), violations, "the plugin's packages depend in the order " + LAYERS);
    }

    @Test
    void everyClassIsInOneOfThePipelinePackages() throws IOException {
        Set<String> elsewhere = new TreeSet<>();
        for (Path file : sources()) {
            Path relative = SOURCES.relativize(file);
            if (relative.getNameCount() != 2
                    || !LAYERS.contains(relative.getName(0).toString())) {
                elsewhere.add(relative.toString());
            }
        }
        assertEquals(Set.of(), elsewhere, "each class belongs to one of " + LAYERS);
    }

    @Test
    void theCheckReadsItsOwnSourcesAndCatchesAnUpwardReference() throws IOException {
        assertTrue(sources().size() > 30, "the plugin's sources are found from the module directory");
        Path evidence = SOURCES.resolve("evidence/ProjectEvidenceCollector.java");
        assertTrue(referencedPackages(evidence).isEmpty(), "an adapter names no other package of the plugin");
        Path mojo = SOURCES.resolve("mojo/CheckMojo.java");
        assertTrue(referencedPackages(mojo).containsAll(Set.of("evaluation", "evidence", "reactor", "report")));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    /** The plugin packages a source file names, its own included, outside its package declaration. */
    private static Set<String> referencedPackages(Path file) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("package ")) {
                continue;
            }
            Matcher matcher = REFERENCE.matcher(line);
            while (matcher.find()) {
                packages.add(matcher.group(1));
            }
        }
        return packages;
    }
}
