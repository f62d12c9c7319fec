package io.github.readiness.rules.evidence.jacoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jacoco.core.JaCoCo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoverageCacheTest {
    private static final CoverageCache.Key RUN = new CoverageCache.Key(42L, 1234, new boolean[] {true, false, true});
    private static final CoverageCache.Key NOT_RUN = new CoverageCache.Key(43L, 99, null);
    private static final ClassResult FOO =
            new ClassResult("com/acme/Foo", "Foo.java", new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1}, new int[] {
                3 << 1 | 1, 7 << 1, 200_000 << 1 | 1
            });
    private static final ClassResult BAR = new ClassResult("Bar", null, new int[12], new int[0]);

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() {
        CoverageCache cache = new CoverageCache(dir.resolve("readiness/coverage-cache.bin"));
        cache.write(Map.of(RUN, FOO, NOT_RUN, BAR, new CoverageCache.Key(1L, 5, new boolean[9]), ClassResult.SKIPPED));
        Map<CoverageCache.Key, ClassResult> read = cache.read();
        assertEquals(3, read.size());
        assertEquals(FOO, read.get(new CoverageCache.Key(42L, 1234, new boolean[] {true, false, true})));
        assertEquals(BAR, read.get(new CoverageCache.Key(43L, 99, null)));
        assertTrue(read.get(new CoverageCache.Key(1L, 5, new boolean[9])).skipped());
        assertFalse(
                read.containsKey(new CoverageCache.Key(42L, 1234, new boolean[] {true, true, true})),
                "other probes: another analysis");
        assertFalse(
                read.containsKey(new CoverageCache.Key(42L, 1235, new boolean[] {true, false, true})),
                "other length: other bytes");
    }

    /** Equality itself, not only the hash buckets: each part of the key tells two analyses apart. */
    @Test
    void keysDifferInEachPart() {
        CoverageCache.Key key = new CoverageCache.Key(42L, 1234, new boolean[] {true, false});
        assertEquals(key, new CoverageCache.Key(42L, 1234, new boolean[] {true, false}));
        assertFalse(key.equals(new CoverageCache.Key(41L, 1234, new boolean[] {true, false})), "class id");
        assertFalse(key.equals(new CoverageCache.Key(42L, 1235, new boolean[] {true, false})), "length");
        assertFalse(key.equals(new CoverageCache.Key(42L, 1234, new boolean[] {true, true})), "probes");
        assertFalse(key.equals(new CoverageCache.Key(42L, 1234, null)), "no execution data");
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of("one bit flipped", (UnaryOperator<byte[]>) bytes -> {
                    bytes[bytes.length / 2] ^= 1;
                    return bytes;
                }),
                Arguments.of("truncated", (UnaryOperator<byte[]>) bytes -> Arrays.copyOf(bytes, bytes.length - 20)),
                Arguments.of("empty", (UnaryOperator<byte[]>) bytes -> new byte[0]),
                Arguments.of("another JaCoCo version, checksum fixed up", (UnaryOperator<byte[]>) bytes -> {
                    byte[] version = JaCoCo.VERSION.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < bytes.length - version.length; i++) {
                        if (Arrays.equals(bytes, i, i + version.length, version, 0, version.length)) {
                            bytes[i] = (byte) (bytes[i] == '0' ? '9' : '0');
                            break;
                        }
                    }
                    return withChecksum(bytes);
                }),
                Arguments.of("another format, checksum fixed up", (UnaryOperator<byte[]>) bytes -> {
                    bytes[7] = 99;
                    return withChecksum(bytes);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void ignoresAFileItCannotTrust(String name, UnaryOperator<byte[]> damage) throws Exception {
        Path file = dir.resolve("coverage-cache.bin");
        CoverageCache cache = new CoverageCache(file);
        cache.write(Map.of(RUN, FOO, NOT_RUN, BAR));
        Files.write(file, damage.apply(Files.readAllBytes(file)));
        assertEquals(Map.of(), cache.read());
    }

    @Test
    void missingFileOrUnwritableDirectoryOnlyCostTime() throws Exception {
        assertEquals(Map.of(), new CoverageCache(dir.resolve("none.bin")).read());
        Path blocked = dir.resolve("file-not-dir");
        Files.writeString(blocked, "x");
        CoverageCache cache = new CoverageCache(blocked.resolve("coverage-cache.bin"));
        cache.write(Map.of(RUN, FOO)); // no exception: the next build analyses again
        assertEquals(Map.of(), cache.read());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left behind");
        }
    }

    private static byte[] withChecksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        return bytes;
    }
}
