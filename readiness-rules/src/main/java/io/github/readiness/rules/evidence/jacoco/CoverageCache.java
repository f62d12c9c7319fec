package io.github.readiness.rules.evidence.jacoco;

import io.github.readiness.rules.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.jacoco.core.JaCoCo;

/**
 * Per-class analysis results of the last build, so that a class whose bytes (JaCoCo's CRC64 class id) and probe
 * data are unchanged is not analysed again. It can never change a verdict: an entry is used only when the class id,
 * the probe array and the class file's length all match; a file of another format, another JaCoCo version or
 * with a wrong checksum is ignored whole (everything is analysed and the file rewritten). Written atomically,
 * holding only the classes of the last analysis and at most {@link #MAX_ENTRIES} of them.
 */
final class CoverageCache {
    static final int MAX_ENTRIES = 500_000;
    private static final int MAGIC = 0x52434331; // "RCC1"
    private static final int FORMAT = 2;

    private final Path file;

    /** @param file the cache file; its directory is created when the cache is written */
    CoverageCache(Path file) {
        this.file = file;
    }

    /** What identifies one analysis: the class bytes (id and length) and its probes (null: no execution data). */
    record Key(long classId, int length, boolean[] probes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && classId == that.classId
                    && length == that.length
                    && Arrays.equals(probes, that.probes);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(classId) * 31 + length;
        }
    }

    /** The entries of the last build, or an empty map when there is no usable cache file. */
    Map<Key, ClassResult> read() {
        try {
            if (file == null || !Files.isRegularFile(file)) {
                return new HashMap<>();
            }
            return parse(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            // corrupt (BufferUnderflowException, bad lengths), truncated, unreadable: analyse everything; the cache is
            // rewritten afterwards
            return new HashMap<>();
        }
    }

    private static Map<Key, ClassResult> parse(byte[] bytes) {
        if (bytes.length < 12) {
            return new HashMap<>();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
        if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()
                || in.getInt() != MAGIC
                || in.getInt() != FORMAT
                || !JaCoCo.VERSION.equals(string(in))) {
            return new HashMap<>();
        }
        int count = fits(in, in.getInt());
        Map<Key, ClassResult> entries = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
            Key key = new Key(in.getLong(), in.getInt(), probes(in));
            entries.put(key, result(in));
        }
        return entries;
    }

    private static boolean[] probes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        fits(in, (length + 7) / 8);
        boolean[] probes = new boolean[length];
        for (int i = 0; i < length; i += 8) {
            int packed = in.get();
            for (int bit = 0; bit < 8 && i + bit < length; bit++) {
                probes[i + bit] = (packed & (1 << bit)) != 0;
            }
        }
        return probes;
    }

    private static ClassResult result(ByteBuffer in) {
        if (in.get() == 0) {
            return ClassResult.SKIPPED;
        }
        String name = string(in);
        String sourceFile = in.get() == 0 ? null : string(in);
        int[] counters = new int[ClassResult.SKIPPED.counters().length];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = varint(in);
        }
        int[] lines = new int[fits(in, varint(in))];
        int previous = 0;
        for (int i = 0; i < lines.length; i++) {
            previous += varint(in); // ascending: stored as differences
            lines[i] = previous;
        }
        return new ClassResult(name, sourceFile, counters, lines);
    }

    private static String string(ByteBuffer in) {
        int length = fits(in, varint(in));
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** A length read from the file, checked against what is left, so that no garbage makes a huge array. */
    private static int fits(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("length " + length + " beyond the end of the cache file");
        }
        return length;
    }

    /** Unsigned LEB128, as protobuf writes it: counts and line differences fit one byte mostly. */
    private static int varint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte next = in.get();
            value |= (next & 0x7f) << shift;
            if (next >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint too long");
    }

    /** Replaces the cache file with these entries; a failure leaves the old file or none, never half a file. */
    void write(Map<Key, ClassResult> entries) {
        if (file == null || entries.size() > MAX_ENTRIES) {
            return;
        }
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + entries.size() * 96);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeString(out, JaCoCo.VERSION);
            out.writeInt(entries.size());
            for (Map.Entry<Key, ClassResult> entry : entries.entrySet()) {
                writeEntry(out, entry.getKey(), entry.getValue());
            }
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = AtomicFiles.createTempBeside(file);
            try {
                Files.write(temp, buffer.toByteArray());
                AtomicFiles.moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // the cache only saves time: a build directory we cannot write to just means analysing next time too
        }
    }

    private static void writeEntry(DataOutputStream out, Key key, ClassResult result) throws IOException {
        out.writeLong(key.classId());
        out.writeInt(key.length());
        boolean[] probes = key.probes();
        out.writeInt(probes == null ? -1 : probes.length);
        if (probes != null) {
            byte[] packed = new byte[(probes.length + 7) / 8];
            for (int i = 0; i < probes.length; i++) {
                if (probes[i]) {
                    packed[i >>> 3] |= (byte) (1 << (i & 7));
                }
            }
            out.write(packed);
        }
        out.writeByte(result.skipped() ? 0 : 1);
        if (result.skipped()) {
            return;
        }
        writeString(out, result.name());
        out.writeByte(result.sourceFile() == null ? 0 : 1);
        if (result.sourceFile() != null) {
            writeString(out, result.sourceFile());
        }
        for (int value : result.counters()) {
            writeVarint(out, value);
        }
        writeVarint(out, result.lines().length);
        int previous = 0;
        for (int line : result.lines()) {
            writeVarint(out, line - previous);
            previous = line;
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, bytes.length);
        out.write(bytes);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7f) != 0) {
            out.writeByte((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }
}
