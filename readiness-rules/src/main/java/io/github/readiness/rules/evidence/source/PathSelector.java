package io.github.readiness.rules.evidence.source;

/**
 * Which files of a source or resource root the scan reads, as the build tool selects them (Maven: a resource's
 * {@code <includes>}/{@code <excludes>}). Paths are relative to the root, with {@code /} separators. The front end
 * implements it with the build tool's own matching, so the engine needs no pattern language of its own.
 */
public interface PathSelector {
    /** Every file of the root (a compile source root, a resource without includes or excludes). */
    PathSelector ALL = new PathSelector() {
        @Override
        public boolean selects(String relativeFile) {
            return true;
        }

        @Override
        public boolean mayHoldSelected(String relativeDirectory) {
            return true;
        }

        @Override
        public String description() {
            return "";
        }
    };

    /** Whether the file at this root-relative path is read. */
    boolean selects(String relativeFile);

    /** Whether a file under this root-relative directory could be selected; false lets the walk skip it. */
    boolean mayHoldSelected(String relativeDirectory);

    /** What is selected, for the evidence table ("includes LICENSE.txt, NOTICE.txt"); empty for everything. */
    String description();
}
