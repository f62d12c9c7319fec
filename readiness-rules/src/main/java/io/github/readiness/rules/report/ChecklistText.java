package io.github.readiness.rules.report;

import static io.github.readiness.rules.report.MarkdownRenderer.escape;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.checklist.Attestation;
import io.github.readiness.rules.checklist.AttestationProblem;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.checklist.ItemState;
import io.github.readiness.rules.checklist.ItemStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-deployment checklist in every output, the way the audits print it: {@code - [x] Rollback procedure tested
 * (payments-team, 2026-11-30, docs/runbooks/rollback.md)}, {@code - [ ] On-call runbook created (required)}. Formats
 * the engine's {@link ChecklistJudgement}; computes nothing.
 */
public final class ChecklistText {
    private ChecklistText() {}

    /** The readiness.md section; nothing when the policy has no checklist. */
    public static void markdown(ChecklistJudgement checklist, StringBuilder md) {
        if (checklist.isEmpty()) {
            return;
        }
        md.append("## Pre-deployment checklist\n\n")
                .append(escape(summary(checklist)))
                .append(".\n\n");
        List<String> notHere = new ArrayList<>();
        for (ItemStatus status : checklist.items()) {
            if (status.state() == ItemState.NOT_APPLICABLE || status.state() == ItemState.NOT_MEASURED) {
                notHere.add(escape(status.item().title() + " (" + status.detail() + ")"));
            } else {
                md.append("- ").append(escape(line(status))).append('\n');
            }
        }
        if (!checklist.items().isEmpty() && notHere.size() < checklist.items().size()) {
            md.append('\n');
        }
        if (!notHere.isEmpty()) {
            md.append("Not judged here: ").append(String.join("; ", notHere)).append(".\n\n");
        }
        if (!checklist.problems().isEmpty()) {
            md.append("Attestations not counted:\n\n");
            checklist
                    .problems()
                    .forEach(p -> md.append("- ").append(escape(p.message())).append('\n'));
            md.append('\n');
        }
    }

    /** {@code - [x] ...} without the dash: the item, ticked when done, with who, when and what proves it. */
    public static String line(ItemStatus status) {
        StringBuilder line = new StringBuilder(status.state().done() ? "[x] " : "[ ] ");
        line.append(status.item().title());
        List<String> notes = new ArrayList<>();
        Attestation attestation = status.attestation();
        if (status.state().done() && attestation != null) {
            notes.add(attestation.by());
            notes.add(attestation.date().toString());
            notes.add(attestation.evidence());
        }
        if (status.state() == ItemState.SATISFIED) {
            notes.add("measured: " + status.item().rule());
        }
        String open = status.item().required() ? "required" : null;
        if (!status.state().done()) {
            if (open != null) {
                notes.add(open);
            }
        }
        String detail = status.state() == ItemState.MISSING || status.state().done() && status.detail() == null
                ? null
                : status.detail();
        String text = String.join(", ", notes);
        if (detail != null) {
            text = text.isEmpty() ? detail : text + "; " + detail;
        }
        return text.isEmpty()
                ? line.toString()
                : line.append(" (").append(text).append(')').toString();
    }

    /** "7 of 10 items done, 2 required items open: rollback-tested, on-call". */
    public static String summary(ChecklistJudgement checklist) {
        long done = checklist.items().stream().filter(s -> s.state().done()).count();
        List<String> open = checklist.items().stream()
                .filter(ItemStatus::openRequired)
                .map(s -> s.item().id())
                .toList();
        return done + " of " + checklist.items().size() + " items done"
                + (open.isEmpty()
                        ? ", no required item open"
                        : ", " + open.size() + (open.size() == 1 ? " required item open: " : " required items open: ")
                                + String.join(", ", open))
                + (checklist.problems().isEmpty()
                        ? ""
                        : ", " + checklist.problems().size() + " attestation"
                                + (checklist.problems().size() == 1 ? "" : "s") + " not counted");
    }

    /** The console line; empty when the policy has no checklist. */
    public static List<String> consoleLines(ChecklistJudgement checklist) {
        return checklist.isEmpty() ? List.of() : List.of("Checklist: " + summary(checklist));
    }

    /** {@code checklist[]} of readiness.json: every item with its state, in policy order. */
    public static void json(ChecklistJudgement checklist, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("checklist");
        for (ItemStatus status : checklist.items()) {
            json.writeStartObject();
            json.writeStringField("id", status.item().id());
            json.writeStringField("title", status.item().title());
            json.writeStringField("category", status.item().category().id());
            json.writeBooleanField("required", status.item().required());
            json.writeStringField("rule", status.item().rule());
            json.writeStringField("validFor", status.item().validForText());
            json.writeStringField("state", status.state().id());
            Attestation attestation = status.attestation();
            if (attestation != null) {
                json.writeObjectFieldStart("attestation");
                json.writeStringField("by", attestation.by());
                json.writeStringField("date", attestation.date().toString());
                json.writeStringField("evidence", attestation.evidence());
                json.writeEndObject();
            }
            if (status.expiresOn() != null) {
                json.writeStringField("expiresOn", status.expiresOn().toString());
                json.writeNumberField("daysLeft", status.daysLeft());
            }
            if (status.detail() != null) {
                json.writeStringField("detail", status.detail());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The attestations that do not count, for a reader that wants them apart from the findings. */
    static List<String> problems(ChecklistJudgement checklist) {
        return checklist.problems().stream().map(AttestationProblem::message).toList();
    }
}
