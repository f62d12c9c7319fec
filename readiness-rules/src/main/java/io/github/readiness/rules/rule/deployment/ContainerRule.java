package io.github.readiness.rules.rule.deployment;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ContainerImage;
import io.github.readiness.rules.evidence.service.DeploymentFiles;
import io.github.readiness.rules.evidence.service.Dockerfile;
import io.github.readiness.rules.evidence.service.ImageBuild;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deployment.container}: the image a service ships runs as a non-root user, from a pinned base image, with no
 * credential in {@code ENV}/{@code ARG}, and with a health check (a {@code HEALTHCHECK}, or the orchestrator's probes).
 * Reads Dockerfiles and Containerfiles (the final stage only: the one that runs) and Jib's configuration; buildpacks
 * images run as a non-root user from a pinned builder by design. At level WARN (the default) nothing blocks; at ERROR
 * (the gold preset) what the file states blocks (USER root, unpinned base, credential): USER root HIGH, no USER MEDIUM (the base image's user, root for most images), unpinned base MEDIUM, a
 * credential in ENV/ARG HIGH, no health check LOW. N/A for a library and for a service without a container build.
 * Score: {@value io.github.readiness.rules.rule.SeverityDecay#FORMULA}.
 */
public final class ContainerRule extends AbstractRule<ServiceEvidence> {
    static final int MINUTES_PER_FINDING = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("deployment.container", Category.DEPLOYMENT)
            .title("Container image hygiene")
            .description(
                    "The service's image (Dockerfile, Containerfile, Jib) runs as a non-root user, from a base image"
                            + " pinned to a tag other than latest or to a digest, holds no credential in ENV or ARG, and"
                            + " declares a HEALTHCHECK (or the orchestrator probes it).")
            .remediation(
                    "In the final stage: RUN useradd --system app (or use a non-root base such as"
                            + " gcr.io/distroless/java21-debian12:nonroot) and USER app; FROM eclipse-temurin:21-jre (or"
                            + " @sha256:...); pass credentials at run time (environment, secrets mount), never in ENV/ARG;"
                            + " HEALTHCHECK CMD curl -f http://localhost:8080/actuator/health || exit 1. Jib:"
                            + " <container><user>1000</user></container> and <from><image>eclipse-temurin:21-jre</image></from>.")
            .effort(EffortModel.per(MINUTES_PER_FINDING, "per finding"))
            .level(RuleLevel.WARN)
            .build();

    public ContainerRule() {
        super(METADATA, ProjectEvidence::service);
    }

    @Override
    protected RuleOutcome judge(ServiceEvidence service, RuleContext context) {
        DeploymentFiles deployment = service.deployment();
        if (!service.isService() || (deployment.containers().isEmpty() && deployment.imageBuild() == null)) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Dockerfile file : deployment.containers()) {
            dockerfile(file, context, findings);
        }
        ImageBuild build = deployment.imageBuild();
        if (build != null && build.tool().equals(ImageBuild.JIB)) {
            jib(build, context, findings);
        }
        return RuleOutcome.decayed(findings);
    }

    private static void dockerfile(Dockerfile file, RuleContext context, List<Finding> findings) {
        if (file.from() == null) {
            return; // no FROM: the evidence table notes it
        }
        String image = file.baseImage();
        if (file.user() == null) {
            if (image != null && !image.equalsIgnoreCase("scratch") && !ContainerImage.runsAsNonRoot(image)) {
                findings.add(finding(
                        context,
                        Severity.MEDIUM,
                        file.path() + " user",
                        file.path() + ": the final stage sets no USER, so the container runs as the base image's user"
                                + " (root for " + image + " and most images)",
                        file.from()));
            }
        } else if (ContainerImage.isRoot(file.user())) {
            findings.add(finding(
                    context,
                    Severity.HIGH,
                    file.path() + " user",
                    file.path() + ": the final stage runs as USER " + file.user(),
                    file.userAt()));
        }
        if (image != null && !ContainerImage.isPinned(image)) {
            findings.add(finding(
                    context,
                    Severity.MEDIUM,
                    file.path() + " base-image",
                    file.path() + ": the final stage's base image " + image
                            + " is not pinned (no tag, or latest): each build may ship another image",
                    file.from()));
        }
        for (Dockerfile.Setting secret : file.secrets()) {
            findings.add(finding(
                    context,
                    Severity.HIGH,
                    file.path() + " " + secret.instruction() + " " + secret.name(),
                    file.path() + ": " + secret.instruction() + " " + secret.name()
                            + " sets a credential in the image, visible in its history to anyone who pulls it",
                    secret.location()));
        }
        if (!file.healthcheck()
                && !context.evidence().service().value().deployment().probed()) {
            findings.add(finding(
                    context,
                    Severity.LOW,
                    file.path() + " healthcheck",
                    file.path() + ": no HEALTHCHECK in the final stage and no Kubernetes probes in the repository",
                    file.from()));
        }
    }

    private static void jib(ImageBuild build, RuleContext context, List<Finding> findings) {
        if (build.user() == null) {
            findings.add(finding(
                    context,
                    Severity.MEDIUM,
                    "jib user",
                    "jib-maven-plugin sets no <container><user>, so the image runs as root",
                    build.at()));
        } else if (ContainerImage.isRoot(build.user())) {
            findings.add(finding(
                    context,
                    Severity.HIGH,
                    "jib user",
                    "jib-maven-plugin runs the image as <container><user>" + build.user() + "</user>",
                    build.at()));
        }
        if (build.fromImage() != null && !ContainerImage.isPinned(build.fromImage())) {
            findings.add(finding(
                    context,
                    Severity.MEDIUM,
                    "jib base-image",
                    "jib-maven-plugin's <from><image>" + build.fromImage()
                            + "</image> is not pinned (no tag, or latest)",
                    build.at()));
        }
    }

    private static Finding finding(
            RuleContext context,
            Severity severity,
            String key,
            String message,
            io.github.readiness.rules.model.Location at) {
        return context.finding(severity, key, message)
                .at(at)
                .effort(MINUTES_PER_FINDING)
                .notBlocking();
    }
}
