package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.source.PathSelector;
import io.github.readiness.rules.evidence.source.SourceRequest;
import io.github.readiness.rules.evidence.source.SourceRoot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The directories and files of a module the source scan reads, as Maven knows them: the compile source roots whole,
 * and each resource directory with its own includes and excludes (matched as maven-resources-plugin does, see {@link
 * ResourceSelector}). A resource at the base directory that includes only LICENSE and NOTICE (the Apache Commons
 * parents) therefore adds two files, not the whole project. Child modules are never entered.
 */
final class SourceRoots {
    private SourceRoots() {}

    /**
     * @param includeTests also the test source and resource roots (secrets only: the scan looks for nothing else
     *     there)
     */
    static SourceRequest request(MavenProject project, boolean includeTests) {
        List<SourceRoot> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(SourceRoot.main(Path.of(root))));
        project.getResources().forEach(resource -> add(roots, resource, false));
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(root -> roots.add(SourceRoot.test(Path.of(root))));
            project.getTestResources().forEach(resource -> add(roots, resource, true));
        }
        return new SourceRequest(
                project.getBasedir().toPath(),
                Path.of(project.getBuild().getDirectory()),
                roots,
                modules(project),
                SourceRequest.DEFAULT_MAX_LINE_LENGTH);
    }

    private static void add(List<SourceRoot> roots, Resource resource, boolean test) {
        if (resource.getDirectory() != null) {
            PathSelector selector = ResourceSelector.of(resource.getIncludes(), resource.getExcludes());
            roots.add(new SourceRoot(Path.of(resource.getDirectory()), test, selector));
        }
    }

    /** The directories of the modules this POM declares ({@code <module>} may name a directory or a POM file). */
    static List<Path> modules(MavenProject project) {
        List<Path> modules = new ArrayList<>();
        File basedir = project.getBasedir();
        for (String module : project.getModules()) {
            Path path = basedir.toPath().resolve(module).normalize();
            modules.add(Files.isRegularFile(path) ? path.getParent() : path);
        }
        return modules;
    }
}
