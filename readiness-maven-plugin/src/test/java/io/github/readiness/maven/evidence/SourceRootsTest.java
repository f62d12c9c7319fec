package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.source.PathSelector;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scan reads of a module: Maven's resource includes/excludes, and never target, VCS or child modules. */
class SourceRootsTest {
    @TempDir
    Path base;

    @Test
    void aResourceAtTheBaseDirectoryWithIncludesAddsOnlyTheIncludedFiles() throws IOException {
        write("src/main/java/a/A.java", "class A {}\n");
        write("LICENSE.txt", "license\n");
        write("NOTICE.txt", "notice\n");
        write("src/test/java/a/ATest.java", "class ATest { String password = \"Sup3rS3cret!9\"; } // TODO\n");
        write(".github/workflows/build.yml", "permissions:\n  id-token: write\n");
        write("target/classes/app.properties", "password=Sup3rS3cret!9\n");
        write(".git/config", "password=Sup3rS3cret!9\n");
        write("child/pom.xml", "<project/>\n");
        write("child/src/main/java/C.java", "class C { String password = \"Sup3rS3cret!9\"; }\n");
        // the Apache Commons parents' resource: ${basedir} with <includes> NOTICE.txt, LICENSE.txt
        MavenProject project = project(resource(".", List.of("NOTICE.txt", "LICENSE.txt"), List.of()));
        project.getModel().addModule("child");

        Collected<SourceScan> collected = new SourceScanner().scan(SourceRoots.request(project, false));

        SourceScan scan = collected.value();
        assertEquals(3, scan.filesScanned());
        assertEquals(List.of(), scan.secrets());
        assertEquals(List.of(), scan.markers());
        assertEquals("src/main/java, .", collected.records().get(0).path());
        assertEquals(
                "3 files, 1 lines of code (src/main/java: 1, .: 2 [includes NOTICE.txt, LICENSE.txt])",
                collected.records().get(0).detail());
    }

    @Test
    void aResourceWithoutPatternsTakesEverythingButDefaultExcludesTheBuildDirectoryAndChildModules()
            throws IOException {
        write("config/app.properties", "a=1\n");
        write("config/.gitignore", "x\n");
        write("config/notes.txt~", "backup\n");
        write("config/.svn/entries", "x\n");
        MavenProject project = project(resource("config", List.of(), List.of()));

        SourceScan scan =
                new SourceScanner().scan(SourceRoots.request(project, false)).value();

        assertEquals(1, scan.filesScanned(), "app.properties only; .gitignore, backups and .svn are default excludes");
    }

    @Test
    void selectorFollowsMavenPatternSemantics() {
        PathSelector selector =
                ResourceSelector.of(List.of(" META-INF/ ", "**/*.properties"), List.of("**/secret*.properties"));

        assertTrue(selector.selects("META-INF/a/b.txt"), "a trailing / means everything below");
        assertTrue(selector.selects("app.properties"), "**/ matches zero directories");
        assertTrue(selector.selects("x/y/app.properties"));
        assertFalse(selector.selects("x/secret-dev.properties"), "excludes win");
        assertFalse(selector.selects("README.md"));
        assertFalse(selector.selects("META-INF/.git/config"), "DirectoryScanner's default excludes are added");
        assertFalse(selector.selects("APP.PROPERTIES"), "case-sensitive");
        assertTrue(selector.mayHoldSelected("META-INF"));
        assertEquals("includes META-INF/, **/*.properties; excludes **/secret*.properties", selector.description());
        assertFalse(
                ResourceSelector.of(List.of("LICENSE"), List.of()).mayHoldSelected("src"),
                "a directory no include can reach is not walked");
        assertTrue(ResourceSelector.of(null, null).selects("any/file.txt"), "no pattern: **/**");
        assertEquals("", ResourceSelector.of(null, null).description());
    }

    private MavenProject project(Resource resource) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("a");
        model.setVersion("1");
        Build build = new Build();
        build.setDirectory(base.resolve("target").toString());
        build.addResource(resource);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(base.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        return project;
    }

    private Resource resource(String directory, List<String> includes, List<String> excludes) {
        Resource resource = new Resource();
        resource.setDirectory(base.resolve(directory).normalize().toString());
        resource.setIncludes(includes);
        resource.setExcludes(excludes);
        return resource;
    }

    private void write(String path, String content) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
