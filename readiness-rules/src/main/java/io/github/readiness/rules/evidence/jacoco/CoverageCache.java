package io.github.readiness.rules.evidence.jacoco;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private static final int FORMAT = 1;

    private final Path file;

    /** @param file the cache file; its directory is created when the cache is written */
    CoverageCache(Path file) {
        this.file = file;
    }

    /** What identifies one analysis: the class bytes (id and length) and its probes (null: no execution data). */
    record Key(long classId, int length, boolean[] probes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && classId == that.classId && length == that.length
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
            // corrupt, truncated, unreadable: analyse everything; the cache is rewritten afterwards
            return new HashMap<>();
        }
    }

    private static Map<Key, ClassResult> parse(byte[] bytes) throws IOException {
        if (bytes.length < 12) {
            return new HashMap<>();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
            return new HashMap<>();
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !JaCoCo.VERSION.equals(in.readUTF())) {
            return new HashMap<>();
        }
        int count = in.readInt();
        Map<Key, ClassResult> entries = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
            Key key = new Key(in.readLong(), in.readInt(), readProbes(in));
            entries.put(key, readResult(in));
        }
        return entries;
    }

    private static boolean[] readProbes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] packed = new byte[(length + 7) / 8];
        in.readFully(packed);
        boolean[] probes = new boolean[length];
        for (int i = 0; i < length; i++) {
            probes[i] = (packed[i >>> 3] & (1 << (i & 7))) != 0;
        }
        return probes;
    }

    private static ClassResult readResult(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return ClassResult.SKIPPED;
        }
        String name = in.readUTF();
        String sourceFile = in.readBoolean() ? in.readUTF() : null;
        int[] counters = new int[ClassResult.SKIPPED.counters().length];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = in.readInt();
        }
        int[] lines = new int[in.readInt()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = in.readInt();
        }
        return new ClassResult(name, sourceFile, counters, lines);
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
            out.writeUTF(JaCoCo.VERSION);
            out.writeInt(entries.size());
            for (Map.Entry<Key, ClassResult> entry : entries.entrySet()) {
                writeEntry(out, entry.getKey(), entry.getValue());
            }
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.write(temp, buffer.toByteArray());
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // the cache only saves time: a build directory we cannot write to just means analysing next time too
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
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
        out.writeBoolean(!result.skipped());
        if (result.skipped()) {
            return;
        }
        out.writeUTF(result.name());
        out.writeBoolean(result.sourceFile() != null);
        if (result.sourceFile() != null) {
            out.writeUTF(result.sourceFile());
        }
        for (int value : result.counters()) {
            out.writeInt(value);
        }
        out.writeInt(result.lines().length);
        for (int line : result.lines()) {
            out.writeInt(line);
        }
    }

}
