package io.github.readiness.maven;

import io.github.readiness.rules.evidence.source.SourceRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** The directories of a module the source scan reads, as Maven knows them (compile source roots, resources). */
final class SourceRoots {
    private SourceRoots() {}

    /**
     * @param includeTests also the test source and resource roots (secrets only: the scan looks for nothing else
     *     there)
     */
    static SourceRequest request(MavenProject project, boolean includeTests) {
        List<Path> main = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> main.add(Path.of(root)));
        project.getResources().forEach(resource -> add(main, resource));
        List<Path> test = new ArrayList<>();
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(root -> test.add(Path.of(root)));
            project.getTestResources().forEach(resource -> add(test, resource));
        }
        return new SourceRequest(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()), main, test,
                SourceRequest.DEFAULT_MAX_FILE_BYTES);
    }

    private static void add(List<Path> roots, Resource resource) {
        if (resource.getDirectory() != null) {
            roots.add(Path.of(resource.getDirectory()));
        }
    }
}
