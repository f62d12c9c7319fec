package io.github.readiness.rules.evidence.security;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.ProjectInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a dependency audit may be trusted for this module: it must be this project's (the report's
 * {@code projectInfo} names it), and current (not older than the POM, nor than the policy's maximum age). A
 * foreign report is INVALID and not used; a stale one is used (its vulnerabilities are real) with its doubts.
 */
final class AuditCheck {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A report as read: the audit, and whether it lists every scanned dependency. */
    record Read(DependencyAudit audit, boolean complete) {}

    private AuditCheck() {}

    static Collected<AuditEvidence> check(
            SecurityRequest request, Path file, String shown, Read read, ProjectInfo owner) throws EvidenceException {
        ScannedProject scanned = read.audit().project();
        if (!belongsTo(scanned, owner)) {
            String detail = shown + " is the audit of '" + describe(scanned) + "', not of " + owner.artifactId()
                    + (owner.name() == null ? "" : " ('" + owner.name() + "')")
                    + ": re-run dependency-check in this project's build";
            return Collected.missing(
                    EvidenceStatus.INVALID,
                    detail,
                    List.of(new EvidenceRecord(SecurityCollector.SOURCE, shown, EvidenceStatus.INVALID, detail)));
        }
        List<String> doubts = new ArrayList<>();
        boolean unnamed = scanned.artifactId() == null && scanned.name() == null;
        if (unnamed && read.complete()) {
            // dependency-check's JSON and XML always name the project: one that does not was made by another hand
            doubts.add(AuditEvidence.NAMES_NO_PROJECT + " (its projectInfo has no name or artifactId), so it cannot"
                    + " be told to be this project's audit");
        }
        doubts.addAll(doubts(request, file, scanned));
        EvidenceStatus status = doubts.isEmpty() ? EvidenceStatus.READ : EvidenceStatus.STALE;
        String detail = read.audit().dependencyCount() + " dependencies, "
                + read.audit().vulnerable().size()
                + " vulnerable" + (doubts.isEmpty() ? "" : "; " + String.join("; ", doubts))
                + (unnamed && !read.complete() ? "; SARIF names no project: taken as this project's by its place" : "");
        return Collected.read(
                new AuditEvidence(read.audit(), shown, read.complete(), doubts),
                List.of(new EvidenceRecord(SecurityCollector.SOURCE, shown, status, detail)));
    }

    /**
     * dependency-check-maven writes the POM's name (else its artifactId) as {@code name}, and newer engines the
     * artifactId too. A report that names nothing cannot be told apart: it is used, with a doubt of its own when its
     * format names the project (JSON, XML), and a note in the evidence when it cannot (SARIF).
     */
    static boolean belongsTo(ScannedProject scanned, ProjectInfo owner) {
        if (scanned.artifactId() != null) {
            return scanned.artifactId().equals(owner.artifactId());
        }
        if (scanned.name() != null) {
            return scanned.name().equals(owner.name()) || scanned.name().equals(owner.artifactId());
        }
        return true;
    }

    private static List<String> doubts(SecurityRequest request, Path file, ScannedProject scanned)
            throws EvidenceException {
        List<String> doubts = new ArrayList<>();
        Instant written = lastModified(file);
        if (request.pom() != null && Files.isRegularFile(request.pom())) {
            Instant pomTime = lastModified(request.pom());
            if (written.isBefore(pomTime)) {
                doubts.add("is older than " + request.pom().getFileName() + " (report " + MINUTE.format(written)
                        + ", POM " + MINUTE.format(pomTime) + ")");
            }
        }
        if (request.maxAgeDays() != null) {
            // the report's own scan date: a months-old scan copied into target/ today is still months old
            Instant scannedAt = scanned.reportDate() != null ? scanned.reportDate() : written;
            long days = Duration.between(scannedAt, request.now()).toDays();
            if (days > request.maxAgeDays()) {
                doubts.add(
                        "is " + days + " days old (scanned " + MINUTE.format(scannedAt.truncatedTo(ChronoUnit.MINUTES))
                                + "; the policy allows " + request.maxAgeDays() + ")");
            }
        }
        return doubts;
    }

    /** Several configured reports as one audit; the doubts of each are kept. */
    static AuditEvidence merge(List<AuditEvidence> reports) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        List<VulnerableDependency> vulnerable = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int count = 0;
        boolean complete = true;
        for (AuditEvidence report : reports) {
            vulnerable.addAll(report.audit().vulnerable());
            report.doubts().forEach(d -> doubts.add(report.path() + " " + d));
            paths.add(report.path());
            count += report.audit().dependencyCount();
            complete &= report.complete();
        }
        DependencyAudit first = reports.get(0).audit();
        DependencyAudit merged =
                new DependencyAudit(first.tool(), first.engineVersion(), count, vulnerable, first.project());
        return new AuditEvidence(merged, String.join(", ", paths), complete, doubts);
    }

    /**
     * The reactor's aggregate narrowed to the dependencies this module uses, by the report's
     * {@code projectReferences} ("module-a:compile"); kept whole when the report has none. An aggregate cannot say
     * how many clean dependencies a module has, so it gives no share.
     */
    static Collected<AuditEvidence> forModule(Collected<AuditEvidence> aggregate, ProjectInfo module) {
        AuditEvidence evidence = aggregate.value();
        DependencyAudit audit = evidence.audit();
        boolean referenced =
                audit.vulnerable().stream().anyMatch(d -> !d.projectReferences().isEmpty());
        List<VulnerableDependency> own = !referenced
                ? audit.vulnerable()
                : audit.vulnerable().stream()
                        .filter(d -> d.projectReferences().stream().anyMatch(ref -> names(ref, module)))
                        .toList();
        DependencyAudit narrowed =
                new DependencyAudit(audit.tool(), audit.engineVersion(), audit.dependencyCount(), own, audit.project());
        List<EvidenceRecord> records = aggregate.records().stream()
                .map(r -> new EvidenceRecord(
                        r.source(),
                        r.path(),
                        r.status(),
                        "reactor aggregate, "
                                + own.size() + " vulnerable dependencies of this module"
                                + (evidence.doubts().isEmpty() ? "" : "; " + String.join("; ", evidence.doubts()))))
                .toList();
        return Collected.read(new AuditEvidence(narrowed, evidence.path(), false, evidence.doubts()), records);
    }

    /** "module-a:compile" names the module by its name or artifactId, whatever the scope after the last colon. */
    private static boolean names(String reference, ProjectInfo module) {
        int colon = reference.lastIndexOf(':');
        String name = colon >= 0 ? reference.substring(0, colon) : reference;
        return name.equals(module.artifactId()) || name.equals(module.name());
    }

    private static String describe(ScannedProject scanned) {
        return scanned.artifactId() != null ? scanned.artifactId() : scanned.name();
    }

    private static Instant lastModified(Path file) throws EvidenceException {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new EvidenceException(file, "could not be read (" + e.getMessage() + "): check its permissions", e);
        }
    }
}
