package io.github.readiness.rules.evidence;

import java.util.List;

/**
 * Classes with code that are in the classes directory but not in the coverage report (left out by the report's
 * {@code <excludes>}, or by hand): the report's numbers say nothing about them.
 *
 * @param classes how many classes with code are left out (interfaces without code, package-info and synthetic
 *     classes have none, and JaCoCo never lists them)
 * @param lines their executable lines
 * @param coveredLines of those, the lines the exec files say were run; 0 when no exec file was there
 * @param examples up to three of their names, Java spelling ({@code com.acme.Legacy}), sorted
 */
public record ExcludedClasses(int classes, long lines, long coveredLines, List<String> examples) {
    public ExcludedClasses {
        examples = List.copyOf(examples);
    }
}
