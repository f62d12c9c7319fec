package io.github.readiness.rules.evidence.source;

/**
 * Private key blocks: a {@code -----BEGIN <label> PRIVATE KEY-----} header (RSA, EC, DSA, OPENSSH, ENCRYPTED, none)
 * or {@code -----BEGIN PGP PRIVATE KEY BLOCK-----}, followed by key material on the same line (a one-line PEM with
 * {@code \n} escapes) or within the next few lines (PEM headers such as {@code Proc-Type:} may come first). A header
 * without material is a PEM parser's constant, not a key. The finding points at the header line and shows only the
 * header; the fingerprint hashes the first material line, so two different keys never share one. One instance
 * follows one file (it keeps the pending header between lines).
 */
final class PrivateKeyBlocks {
    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 40;
    /** The first material line of a PEM block is a full line (64 or 70 characters); identifiers are rarely 40. */
    private static final int MIN_MATERIAL = 40;

    private static final int MAX_LINES_BEFORE_MATERIAL = 5;

    private String pendingHeader;
    private int pendingLine;
    private int waited;
    private boolean inMaterial;

    void reset() {
        pendingHeader = null;
        inMaterial = false;
    }

    /**
     * Looks at one line; reports a key to {@code found} (at the header's line) once its material is seen.
     *
     * @return what the line is to a key block, so the detector knows what else to look for on it
     */
    Role line(String text, Found found) {
        if (text.contains(BEGIN)) {
            Role role = Role.OTHER;
            for (int i = text.indexOf(BEGIN); i >= 0; i = text.indexOf(BEGIN, i + 1)) {
                Role header = header(text, i, found);
                role = header.compareTo(role) > 0 ? header : role;
            }
            if (role != Role.OTHER) {
                return role;
            }
        }
        if (pendingHeader != null) {
            return pending(text, found);
        }
        if (inMaterial) {
            inMaterial = !text.contains("-----END") && materialRun(text, 1) != null;
            return Role.MATERIAL;
        }
        return Role.OTHER;
    }

    /** A header at {@code at}: reported now when material follows on the line, else remembered. */
    private Role header(String text, int at, Found found) {
        int labelStart = at + BEGIN.length();
        int labelEnd = labelStart;
        while (labelEnd < text.length() && labelEnd - labelStart <= MAX_LABEL && isLabelChar(text.charAt(labelEnd))) {
            labelEnd++;
        }
        String label = text.substring(labelStart, labelEnd);
        boolean privateKey = label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK");
        if (!privateKey || !text.startsWith(DASHES, labelEnd)) {
            return Role.OTHER;
        }
        int headerEnd = labelEnd + DASHES.length();
        String header = text.substring(at, headerEnd);
        String material = sameLineMaterial(text, headerEnd);
        if (material != null) {
            found.key(header, material, 0);
            pendingHeader = null;
            return Role.MATERIAL;
        }
        pendingHeader = header;
        pendingLine = found.line();
        waited = 0;
        return Role.HEADER;
    }

    private Role pending(String text, Found found) {
        String material = materialRun(text, MIN_MATERIAL);
        if (material != null) {
            found.key(pendingHeader, material, pendingLine);
            pendingHeader = null;
            inMaterial = true;
            return Role.MATERIAL;
        }
        if (text.contains("-----END") || ++waited > MAX_LINES_BEFORE_MATERIAL) {
            pendingHeader = null; // a header without key material: a parser's constant
        }
        return Role.OTHER;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'A' && c <= 'Z') || Chars.isDigit(c) || c == ' ';
    }

    /** Key material right after the header: past {@code \n} escapes, quotes and blanks, a long base64 run. */
    private static String sameLineMaterial(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                i += 2;
            } else if (Character.isWhitespace(c) || c == '"' || c == '\'') {
                i++;
            } else {
                break;
            }
        }
        int end = Chars.runOf(text, i, Chars::isBase64);
        return end - i >= MIN_MATERIAL ? text.substring(i, end) : null;
    }

    /**
     * The base64 run of a material line, which may be wrapped as a string literal or a continued property
     * ({@code "MIIE...\n" +}, {@code MIIE...\n\}); null when the line holds anything else.
     */
    static String materialRun(String text, int minLength) {
        int start = skipWrapping(text, 0);
        int end = Chars.runOf(text, start, Chars::isBase64);
        if (end - start < minLength || skipWrapping(text, end) != text.length()) {
            return null;
        }
        return text.substring(start, end);
    }

    private static int skipWrapping(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                i += 2;
            } else if (Character.isWhitespace(c) || "\"'+,;)\\".indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** What a line is to a key block, in increasing order of how much it hides from the other patterns. */
    enum Role {
        /** Not part of a key: every pattern is looked for. */
        OTHER,
        /** A header without material yet: not an assignment (its value is the key), but tokens are looked for. */
        HEADER,
        /** Key material, maybe with its header: nothing else is looked for. */
        MATERIAL
    }

    /** Where confirmed keys go: the detector turns them into secrets. */
    interface Found {
        /** The line being looked at. */
        int line();

        /** A key with this header and material, at {@code line} (0: the current line). */
        void key(String header, String material, int line);
    }
}
