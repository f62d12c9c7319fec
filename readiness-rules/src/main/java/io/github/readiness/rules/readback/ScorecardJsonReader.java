package io.github.readiness.rules.readback;

import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.model.WaiverNote;
import io.github.readiness.rules.policy.Waiver;
import io.github.readiness.rules.policy.WaiverState;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.report.JsonRenderer;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads readiness.json (schemaVersion 1, as {@link JsonRenderer} writes it) back into a {@link Scorecard}, so a report
 * can be rendered from what {@code check} computed instead of evaluating again. Fields it does not know are passed
 * over. {@code JsonRenderer.write(read(JsonRenderer.write(card)))} gives the same bytes. What readiness.json does not hold
 * comes from the caller (the rules evaluated) or stays empty (the project's display name).
 */
public final class ScorecardJsonReader {
    private ScorecardJsonReader() {}

    /**
     * @param rules the rules the policy evaluates (not written to readiness.json)
     * @throws IOException not JSON, another schemaVersion, or a field missing or of the wrong type; one line
     */
    public static Scorecard read(InputStream in, List<RuleMetadata> rules) throws IOException {
        JsonObject root;
        try {
            root = JsonObject.read(in, "readiness.json");
        } catch (IOException e) {
            throw new IOException("not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
        int schemaVersion = root.integer("schemaVersion");
        if (schemaVersion != JsonRenderer.SCHEMA_VERSION) {
            throw new IOException("schemaVersion " + schemaVersion + " is not " + JsonRenderer.SCHEMA_VERSION);
        }
        try {
            return scorecard(root, rules);
        } catch (RuntimeException e) {
            // an unknown enum constant, a date that is not a date, a value a record rejects: not ours to render
            throw new IOException("unexpected content (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static Scorecard scorecard(JsonObject root, List<RuleMetadata> rules) throws IOException {
        JsonObject tool = root.object("tool");
        JsonObject project = root.object("project");
        List<Finding> findings = new ArrayList<>();
        Set<Finding> known = new HashSet<>();
        for (JsonObject node : root.objects("findings")) {
            Finding finding = finding(node);
            findings.add(finding);
            if ("known".equals(node.textOrNull("baseline"))) {
                known.add(finding);
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.addAll(root.texts("verdictReasons"));
        List<CategoryScore> categories = new ArrayList<>();
        for (JsonObject node : root.objects("categories")) {
            categories.add(new CategoryScore(
                    category(node.text("id")),
                    node.integer("weight"),
                    node.integerOrNull("score"),
                    node.integer("findings"),
                    node.integer("blockers"),
                    node.integer("effortMinutes"),
                    node.integer("waived")));
        }
        List<EvidenceRecord> evidence = new ArrayList<>();
        for (JsonObject node : root.objects("evidence")) {
            evidence.add(new EvidenceRecord(
                    node.text("source"),
                    node.text("path"),
                    EvidenceStatus.valueOf(node.text("status")),
                    node.textOrNull("detail")));
        }
        List<WaiverStatus> waivers = new ArrayList<>();
        for (JsonObject node : root.objects("waivers")) {
            Waiver waiver = new Waiver(
                    node.text("rule"),
                    node.textOrNull("match"),
                    node.text("reason"),
                    node.text("owner"),
                    LocalDate.parse(node.text("expires")));
            waivers.add(new WaiverStatus(
                    waiver,
                    waiverState(node.text("state")),
                    node.integer("daysLeft"),
                    node.integer("matched"),
                    node.textOrNull("warning")));
        }
        BaselineDelta baseline = root.isNull("baseline") ? null : BaselineJson.read(root.object("baseline"), known);
        List<String> rulesOff = new ArrayList<>();
        if (!root.isNull("rulesOff")) {
            rulesOff.addAll(root.texts("rulesOff"));
        }
        return Scorecard.builder(
                        new ToolInfo(tool.text("name"), tool.text("version")),
                        new ProjectInfo(
                                project.text("groupId"), project.text("artifactId"), project.text("version"), null))
                .score(root.integerOrNull("score"), root.integer("minScore"))
                .verdict(Verdict.valueOf(root.text("verdict")), reasons)
                .categories(categories)
                .findings(findings)
                .evidence(evidence)
                .rules(rules)
                .waivers(waivers)
                .baseline(baseline)
                .maturity(root.isNull("maturity") ? null : maturity(root.object("maturity")))
                .measurements(MeasurementsJsonReader.read(root))
                .checklist(ChecklistJsonReader.read(root))
                .rulesOff(rulesOff)
                .build();
    }

    private static Finding finding(JsonObject node) throws IOException {
        Location location = null;
        if (!node.isNull("location")) {
            JsonObject at = node.object("location");
            Integer line = at.integerOrNull("line");
            location = new Location(at.text("file"), line == null ? 0 : line);
        }
        WaiverNote note = null;
        if (!node.isNull("waiver")) {
            JsonObject waiver = node.object("waiver");
            note = new WaiverNote(
                    waiver.text("reason"),
                    waiver.text("owner"),
                    LocalDate.parse(waiver.text("expires")),
                    waiver.integer("daysLeft"));
        }
        return new Finding(
                node.text("rule"),
                category(node.text("category")),
                Severity.valueOf(node.text("severity")),
                node.bool("blocking"),
                node.text("key"),
                node.text("message"),
                node.decimalOrNull("measured"),
                node.decimalOrNull("expected"),
                location,
                node.text("remediation"),
                node.integer("effortMinutes"),
                node.bool("waived"),
                note);
    }

    private static MaturityAssessment maturity(JsonObject node) throws IOException {
        List<String> missing = new ArrayList<>();
        missing.addAll(node.texts("missingForNext"));
        return new MaturityAssessment(
                level(node.text("level")), level(node.textOrNull("next")), missing, level(node.textOrNull("required")));
    }

    static Category category(String id) throws IOException {
        return Arrays.stream(Category.values())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IOException("unknown category '" + id + "'"));
    }

    private static WaiverState waiverState(String id) throws IOException {
        return Arrays.stream(WaiverState.values())
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IOException("unknown waiver state '" + id + "'"));
    }

    private static MaturityLevel level(String id) throws IOException {
        if (id == null) {
            return null;
        }
        return Arrays.stream(MaturityLevel.values())
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IOException("unknown maturity level '" + id + "'"));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
