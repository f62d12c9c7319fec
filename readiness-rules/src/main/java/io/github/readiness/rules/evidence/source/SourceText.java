package io.github.readiness.rules.evidence.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a file of any size as text, or says it is binary. The encoding comes from a byte order mark (UTF-8, UTF-16
 * and UTF-32, big or little endian) or, without one, from where the NUL bytes of the first 8 KB are: UTF-16 text of
 * mostly ASCII characters has a NUL in every other byte, binary data has them anywhere. Without a mark or NULs the
 * text is read as UTF-8, malformed bytes (a Latin-1 {@code .properties} file) becoming U+FFFD instead of failing.
 */
final class SourceText {
    static final int PROBE_BYTES = 8192;
    /** How far back from the piece length a long line looks for a place to cut. */
    static final int CUT_WINDOW = 1024;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private SourceText() {}

    /** The text of the stream, positioned after any byte order mark; null when the content is binary. */
    static Reader open(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, PROBE_BYTES);
        in.mark(PROBE_BYTES);
        byte[] probe = in.readNBytes(PROBE_BYTES);
        in.reset();
        Charset charset = byteOrderMark(probe);
        if (charset != null) {
            in.skipNBytes(markLength(charset));
        } else {
            charset = withoutMark(probe);
            if (charset == null) {
                return null;
            }
        }
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The encoding a byte order mark names, or null. UTF-32LE's mark starts like UTF-16LE's: tested first. */
    static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int markLength(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return 3;
        }
        return charset.equals(UTF_32BE) || charset.equals(UTF_32LE) ? 4 : 2;
    }

    /**
     * UTF-8 without NUL bytes; UTF-16 when at least half of the even (big endian) or odd (little endian) bytes are
     * NUL and at most a tenth of the others; null (binary) for any other NUL.
     */
    static Charset withoutMark(byte[] b) {
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        if (evenNul + oddNul == 0) {
            return StandardCharsets.UTF_8;
        }
        int pairs = b.length / 2;
        if (pairs > 0 && oddNul * 2 >= pairs && evenNul * 10 <= pairs && b.length % 2 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenNul * 2 >= pairs && oddNul * 10 <= pairs && b.length % 2 == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads lines of any length in pieces of at most {@code max} characters: a line longer than that comes as several
     * pieces with the same line number, each cut after the last blank or delimiter ({@code ;,'"<>(){}[]}) of its
     * last {@value #CUT_WINDOW} characters when there is one, so a token or key is not cut in two.
     * {@code \n}, {@code \r\n} and {@code \r} end a line.
     */
    static final class Lines {
        private final Reader reader;
        private final int max;
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private boolean pendingCr;
        private boolean continued;
        private int number;
        private String carry = "";

        Lines(Reader reader, int max) {
            this.reader = reader;
            this.max = max;
        }

        /** The line number of the piece {@link #next()} returned last (1-based). */
        int number() {
            return number;
        }

        /** The next line or piece of a line, or null at the end. */
        String next() throws IOException {
            StringBuilder line = new StringBuilder(carry);
            carry = "";
            boolean sawAny = line.length() > 0;
            if (!continued) {
                number++;
            }
            while (true) {
                if (position == limit) {
                    limit = reader.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!sawAny && line.length() == 0) {
                            number -= continued ? 0 : 1;
                            return null;
                        }
                        continued = false;
                        return line.toString();
                    }
                }
                char c = buffer[position];
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        position++;
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    position++;
                    pendingCr = c == '\r';
                    continued = false;
                    return line.toString();
                }
                if (line.length() >= max) {
                    continued = true;
                    int cut = cut(line);
                    carry = line.substring(cut);
                    return line.substring(0, cut);
                }
                line.append(c);
                sawAny = true;
                position++;
            }
        }

        /** After the last blank or delimiter in the piece's last characters, or the whole piece when none. */
        private static int cut(StringBuilder line) {
            int window = Math.min(CUT_WINDOW, line.length() / 2);
            for (int i = line.length() - 1; i >= line.length() - window; i--) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c) || ";,'\"<>(){}[]".indexOf(c) >= 0) {
                    return i + 1;
                }
            }
            return line.length();
        }
    }
}
