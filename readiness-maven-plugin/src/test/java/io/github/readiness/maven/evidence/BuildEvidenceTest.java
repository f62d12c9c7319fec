package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.build.BuildModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class BuildEvidenceTest {
    private final List<String> warnings = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    };

    @Test
    void theEffectivePomIsReadWithItsCounts() throws Exception {
        Path pom = Path.of(getClass().getResource("/build/tree/app/pom.xml").toURI());

        Collected<BuildModel> build = BuildEvidence.collect(EffectiveModels.project(pom), null, log);

        assertTrue(build.isRead());
        assertEquals(
                List.of(new EvidenceRecord("pom", "pom.xml", EvidenceStatus.READ, "8 dependencies, 4 plugins")),
                build.records());
        assertEquals(List.of(), warnings);
    }

    /** A model some extension left broken: INVALID in the report and a warning, never an exception or a pass. */
    @Test
    void aModelThatCannotBeConvertedIsInvalidNotSilent() {
        MavenProject broken = new MavenProject();
        broken.setModel(null);

        Collected<BuildModel> build = BuildEvidence.collect(broken, null, log);

        assertFalse(build.isRead());
        assertEquals(EvidenceStatus.INVALID, build.status());
        assertTrue(
                build.detail().startsWith("cannot convert the effective POM for the build-release rules: "),
                build.detail());
        assertEquals(EvidenceStatus.INVALID, build.records().get(0).status());
        assertEquals(List.of(build.detail()), warnings);
    }
}
