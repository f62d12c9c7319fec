package io.github.readiness.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain Java sources for the source scan of the whole-check benchmark: fields, methods, a TODO now and then. */
final class SourceCorpus {
    private SourceCorpus() {}

    static void write(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("bench/p" + (i / 50) + "/S" + i + ".java");
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder("package bench.p" + (i / 50) + ";\n\npublic class S" + i + " {\n");
            text.append("    private static final String ENDPOINT = \"service-")
                    .append(i)
                    .append("\";\n");
            for (int m = 0; m < 20; m++) {
                if ((i + m) % 37 == 0) {
                    text.append("    // TODO handle the empty case\n");
                }
                text.append("    int m")
                        .append(m)
                        .append("(int x) {\n        return x > ")
                        .append(m)
                        .append(" ? x * 2 : x - ")
                        .append(m)
                        .append(";\n    }\n");
            }
            Files.writeString(file, text.append("}\n"));
        }
    }
}
