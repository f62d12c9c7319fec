package io.github.readiness.benchmarks;

import io.github.readiness.benchmarks.ClassCorpus.GeneratedClass;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/**
 * Produces real execution data for generated classes, as the JaCoCo agent would: each class is instrumented with
 * JaCoCo's Instrumenter, loaded and, when chosen, run; then the probes go to a jacoco.exec. Also writes the
 * jacoco.xml that {@code jacoco:report} would, with JaCoCo's own XMLFormatter.
 */
final class CoverageRun {
    private static final int CLASSES_PER_LOADER = 1000;

    private CoverageRun() {}

    static void writeExec(List<GeneratedClass> classes, Path execFile) throws Exception {
        LoggerRuntime runtime = new LoggerRuntime();
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            Instrumenter instrumenter = new Instrumenter(runtime);
            for (int from = 0; from < classes.size(); from += CLASSES_PER_LOADER) {
                // a loader per batch: the instrumented classes are garbage once their probes are recorded
                List<GeneratedClass> batch = classes.subList(from, Math.min(classes.size(), from + CLASSES_PER_LOADER));
                Map<String, byte[]> instrumented = new HashMap<>();
                for (GeneratedClass generated : batch) {
                    for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
                        instrumented.put(
                                file.getKey().replace('/', '.'),
                                instrumenter.instrument(file.getValue(), file.getKey()));
                    }
                }
                BatchLoader loader = new BatchLoader(instrumented);
                for (GeneratedClass generated : batch) {
                    Class<?> type = loader.loadClass(generated.name().replace('/', '.'));
                    if (generated.run()) {
                        int input = generated.name().hashCode() % 200;
                        type.getMethod("run", int.class).invoke(null, input);
                    }
                }
            }
            Files.createDirectories(execFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(execFile)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                data.collect(writer, writer, false);
            }
        } finally {
            runtime.shutdown();
        }
    }

    /** jacoco.xml of the classes and exec, as jacoco:report writes it (no source files to link). */
    static void writeXml(Path classesDirectory, Path execFile, Path xmlFile) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(execFile.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classesDirectory.toFile());
        Files.createDirectories(xmlFile.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(xmlFile)) {
            IReportVisitor visitor = new XMLFormatter().createVisitor(out);
            visitor.visitInfo(
                    loader.getSessionInfoStore().getInfos(),
                    loader.getExecutionDataStore().getContents());
            visitor.visitBundle(
                    builder.getBundle("classes"),
                    new DirectorySourceFileLocator(
                            classesDirectory.resolve("no-sources").toFile(), "UTF-8", 4));
            visitor.visitEnd();
        }
    }

    /** Defines the instrumented classes of one batch itself; everything else comes from the parent. */
    private static final class BatchLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BatchLoader(Map<String, byte[]> classes) {
            super(CoverageRun.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
