package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.DeclaredArtifact;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** The {@code build} evidence: the effective POM as a {@link BuildModel}, with its line in the evidence table. */
final class BuildEvidence {
    static final String SOURCE = "pom";

    private BuildEvidence() {}

    /**
     * READ with the converted model. The conversion reads only objects Maven already built, so it should not fail;
     * if it does (a model some extension left half-filled), the evidence is INVALID with the reason, in the report
     * and in the log, and the build-release rules show N/A instead of passing silently.
     */
    static Collected<BuildModel> collect(MavenProject project, Path localRepository, Log log) {
        String path = project.getFile() == null ? "pom.xml" : project.getFile().getName();
        try {
            BuildModel model = BuildModelFactory.from(project, localRepository);
            // the project's own dependencies: neither the parent nor the transitive SNAPSHOTs the model also lists
            long declared = model.dependencies().stream()
                    .filter(d -> d.kind() == DeclaredArtifact.Kind.DEPENDENCY && d.via() == null)
                    .count();
            String detail = count((int) declared, "dependency", "dependencies") + ", "
                    + count(model.plugins().size(), "plugin", "plugins");
            return Collected.read(model, List.of(new EvidenceRecord(SOURCE, path, EvidenceStatus.READ, detail)));
        } catch (RuntimeException e) {
            String detail = "cannot convert the effective POM for the build-release rules: " + e
                    + " (please report this with the POM)";
            log.warn(detail);
            return Collected.missing(
                    EvidenceStatus.INVALID,
                    detail,
                    List.of(new EvidenceRecord(SOURCE, path, EvidenceStatus.INVALID, detail)));
        }
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
