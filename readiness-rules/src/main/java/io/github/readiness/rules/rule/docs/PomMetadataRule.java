package io.github.readiness.rules.rule.docs;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.build.PomMetadata;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code docs.pom-metadata}: the effective POM describes the project: {@code name}, {@code description},
 * {@code url}, {@code scm} and {@code issueManagement} (values inherited from a parent in the project count; values
 * inherited from a parent outside it, such as Spring Boot's starter parent, describe that parent and do not; blank
 * ones do not). Each missing
 * element is one LOW finding that never blocks, keyed by the element name and pointing at the POM,
 * {@value #EFFORT_MINUTES} min each. Score: 100 x elements present / 5. Not applicable when the build model was not
 * collected.
 */
public final class PomMetadataRule extends AbstractRule<BuildModel> {
    static final int EFFORT_MINUTES = 5;

    /** One descriptive element: its name, how to read it, and what to write. */
    private record Element(String name, Function<PomMetadata, String> value, String remediation) {}

    private static final List<Element> ELEMENTS = List.of(
            new Element(
                    "name",
                    PomMetadata::name,
                    "Add <name>: the project's human-readable name, shown by the"
                            + " site, repository search and SBOMs."),
            new Element(
                    "description",
                    PomMetadata::description,
                    "Add <description>: one or two sentences on what" + " the project does and for whom."),
            new Element("url", PomMetadata::url, "Add <url>: the project's home page (its repository or site)."),
            new Element(
                    "scm",
                    PomMetadata::scm,
                    "Add <scm> with <connection>, <developerConnection> and <url>, so"
                            + " releases and tools can find the source."),
            new Element(
                    "issueManagement",
                    PomMetadata::issueManagement,
                    "Add <issueManagement> with <system> and" + " <url>, so users know where to report a bug."));

    private static final RuleMetadata METADATA = RuleMetadata.builder("docs.pom-metadata", Category.DOCUMENTATION)
            .title("POM metadata")
            .description(
                    "The effective POM has a name, description, url, scm and issueManagement (values inherited from a parent"
                            + " within the project count; those of a parent outside it, another groupId from a repository,"
                            + " do not).")
            .remediation(
                    "Fill in the POM's <name>, <description>, <url>, <scm> and <issueManagement>; in the parent POM they"
                            + " are inherited by every module (except <name>). Maven Central requires name, description,"
                            + " url and scm.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per missing element"))
            .build();

    public PomMetadataRule() {
        super(METADATA, ProjectEvidence::build);
    }

    @Override
    protected RuleOutcome judge(BuildModel build, RuleContext context) {
        String pom = build.pomFile();
        PomMetadata metadata = build.metadata();
        List<Finding> findings = new ArrayList<>();
        for (Element element : ELEMENTS) {
            String value = element.value().apply(metadata);
            String outside = metadata.inheritedFromOutside().get(element.name());
            if (value == null || value.isBlank()) {
                findings.add(context.finding(
                                Severity.LOW,
                                element.name(),
                                "no <" + element.name() + "> in " + pom + " (nor inherited from a parent)")
                        .at(Location.of(pom))
                        .remediation(element.remediation())
                        .effort(EFFORT_MINUTES)
                        .notBlocking());
            } else if (outside != null) {
                findings.add(context.finding(
                                Severity.LOW,
                                element.name(),
                                "<" + element.name() + "> of " + pom + " is inherited from " + outside
                                        + ", a parent outside this project: it describes"
                                        + " that parent, not this project")
                        .at(Location.of(pom))
                        .remediation(element.remediation())
                        .effort(EFFORT_MINUTES)
                        .notBlocking());
            }
        }
        int present = ELEMENTS.size() - findings.size();
        return RuleOutcome.scored(100.0 * present / ELEMENTS.size(), findings);
    }
}
