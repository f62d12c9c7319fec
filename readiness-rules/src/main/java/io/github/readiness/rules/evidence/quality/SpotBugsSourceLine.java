package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.SafeXml;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * Picks a BugInstance's primary source line the way SpotBugs does ({@code BugInstance
 * .getPrimarySourceLineAnnotation}): the first top-level {@code <SourceLine>} without a role that has a line, else
 * the first top-level one with a line (e.g. {@code SOURCE_LINE_OBLIGATION_CREATED}), else the source line of the
 * primary {@code <Method>}, {@code <Field>}, {@code <Class>}, else (beyond SpotBugs, which gives up there) the first
 * top-level one without a line. A source line without a {@code sourcepath} is never picked.
 */
final class SpotBugsSourceLine {
    /** A source line as written: the path relative to a source root, and the first line (0 when none). */
    record Written(String sourcePath, int line) {}

    private static final int TOP_DEFAULT_ROLE = 0;
    private static final int TOP_WITH_LINE = 1;
    /** Then per member kind two slots: the first member without a role, the first member of any role. */
    private static final int MEMBERS = 2;

    private static final List<String> MEMBER_KINDS = List.of("Method", "Field", "Class");
    private static final int TOP_WITHOUT_LINE = MEMBERS + 2 * MEMBER_KINDS.size();

    private final Written[] candidates = new Written[TOP_WITHOUT_LINE + 1];

    /** A {@code <SourceLine>} child of the BugInstance; the reader stands on it and stays there. */
    void topLevel(XMLStreamReader xml, Path file) throws EvidenceException {
        Written written = read(xml, file);
        if (written == null) {
            return;
        }
        if (written.line() == 0) {
            offer(TOP_WITHOUT_LINE, written);
        } else {
            if (SafeXml.attribute(xml, "role") == null) {
                offer(TOP_DEFAULT_ROLE, written);
            }
            offer(TOP_WITH_LINE, written);
        }
    }

    /**
     * A {@code <SourceLine>} inside a {@code <Method>}, {@code <Field>} or {@code <Class>}: SpotBugs takes the first
     * member of each kind without a role (its default role), else the first of that kind.
     *
     * @param member the enclosing element's name
     * @param memberHasRole whether the enclosing element has a {@code role} attribute
     */
    void nested(String member, boolean memberHasRole, XMLStreamReader xml, Path file) throws EvidenceException {
        int kind = MEMBER_KINDS.indexOf(member);
        Written written = read(xml, file);
        if (kind >= 0 && written != null) {
            if (!memberHasRole) {
                offer(MEMBERS + 2 * kind, written);
            }
            offer(MEMBERS + 2 * kind + 1, written);
        }
    }

    /** The chosen source line, or null when the BugInstance names no source file. */
    Written chosen() {
        for (Written candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private void offer(int slot, Written written) {
        if (candidates[slot] == null) {
            candidates[slot] = written;
        }
    }

    private static Written read(XMLStreamReader xml, Path file) throws EvidenceException {
        String sourcePath = SafeXml.attribute(xml, "sourcepath");
        if (sourcePath == null || sourcePath.isBlank()) {
            return null;
        }
        return new Written(sourcePath, QualityXml.number(xml, "start", 0, file, AnalysisTool.SPOTBUGS));
    }
}
