package io.github.readiness.rules.evidence.jacoco;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Real JaCoCo evidence made by the tests themselves, as JaCoCo's CoreTutorial does: instrument the sample
 * {@code Calculator}, run it, write the exec file; and the original class bytes as the compiled classes.
 */
final class ExecFixtures {
    static final String CALCULATOR = "io.github.readiness.rules.evidence.jacoco.sample.Calculator";
    static final String CALCULATOR_VM = CALCULATOR.replace('.', '/');
    static final String SAMPLE_PACKAGE_VM = "io/github/readiness/rules/evidence/jacoco/sample";

    /** A fixed clock for mtimes: the freshness checks are tested with set times, never with waiting. */
    static final Instant COMPILED = Instant.parse("2026-11-01T10:00:00Z");

    private ExecFixtures() {}

    /** The Calculator as javac compiled it for the test classpath. */
    static byte[] calculatorBytes() throws IOException {
        try (InputStream in = ExecFixtures.class.getResourceAsStream("/" + CALCULATOR_VM + ".class")) {
            if (in == null) {
                throw new IOException("sample class not on the test classpath: " + CALCULATOR_VM);
            }
            return in.readAllBytes();
        }
    }

    /** The "next build" of the Calculator: one more field, so other bytes and another JaCoCo class id. */
    static byte[] changedCalculatorBytes() throws IOException {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(calculatorBytes())
                .accept(
                        new ClassVisitor(Opcodes.ASM9, writer) {
                            @Override
                            public void visitEnd() {
                                cv.visitField(Opcodes.ACC_PRIVATE, "addedInNextBuild", "I", null, null)
                                        .visitEnd();
                                super.visitEnd();
                            }
                        },
                        0);
        return writer.toByteArray();
    }

    /** Writes the class file into a classes directory, where javac would put it, compiled at {@link #COMPILED}. */
    static Path writeClass(Path classesDirectory, byte[] classBytes) throws IOException {
        Path classFile = classesDirectory.resolve(CALCULATOR_VM + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, classBytes);
        touch(classFile, COMPILED);
        return classFile;
    }

    /**
     * Instruments {@code classBytes}, creates one Calculator and calls {@code absolute(value)} for each value,
     * then writes the collected execution data as an exec file, one hour after {@link #COMPILED}.
     */
    static Path runAbsolute(byte[] classBytes, Path execFile, int... values) throws Exception {
        IRuntime runtime = new LoggerRuntime();
        byte[] instrumented = new Instrumenter(runtime).instrument(classBytes, CALCULATOR);
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            Class<?> type = new OneClassLoader(CALCULATOR, instrumented).loadClass(CALCULATOR);
            Object calculator = type.getDeclaredConstructor().newInstance();
            Method absolute = type.getMethod("absolute", int.class);
            for (int value : values) {
                absolute.invoke(calculator, value);
            }
            ExecutionDataStore executionData = new ExecutionDataStore();
            SessionInfoStore sessions = new SessionInfoStore();
            data.collect(executionData, sessions, false);
            Files.createDirectories(execFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(execFile)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                sessions.accept(writer);
                executionData.accept(writer);
            }
        } finally {
            runtime.shutdown();
        }
        touch(execFile, COMPILED.plusSeconds(3600));
        return execFile;
    }

    /** A copy of the first {@code length} bytes, as a crashed or interrupted writer leaves it. */
    static Path truncatedCopy(Path source, Path target, int length) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, Arrays.copyOf(bytes, length));
        return target;
    }

    static void touch(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    /** Defines the one (instrumented) class itself instead of asking the parent, which has the original. */
    private static final class OneClassLoader extends ClassLoader {
        private final String name;
        private final byte[] bytes;

        OneClassLoader(String name, byte[] bytes) {
            super(ExecFixtures.class.getClassLoader());
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (!className.equals(name)) {
                return super.loadClass(className, resolve);
            }
            synchronized (getClassLoadingLock(className)) {
                Class<?> loaded = findLoadedClass(className);
                return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
            }
        }
    }
}
