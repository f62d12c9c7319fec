package io.github.readiness.rules.evidence.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration key and TODO marker detectors inside the real one-pass scan of a module tree. */
class ConfigAndMarkerScanTest {
    private static final String CLIENT = "src/main/java/x/Client.java";

    @TempDir
    Path module;

    @Test
    void keysAndMarkersWithTheirLines() throws IOException {
        write(CLIENT, """
                package x;

                /*
                 * Client for the payment API.
                 * TODO: retry on 503
                 */
                class Client {
                    /* a block
                       FIXME spans lines */ String mask = "XXX";
                    String url = System.getenv("PAYMENT_API_URL");
                    String text = \"""
                        // TODO inside a text block is text, not a comment
                        \""";
                    int timeout = Integer.getInteger("client.timeout", 30); // HACK
                    // System.getenv("COMMENTED_OUT")
                }
                """);
        // an unclosed block comment must not leak into the next file (A < B < Client in scan order)
        write("src/main/java/x/A.java", "class A {}\n/* unclosed\n");
        write("src/main/java/x/B.java", "class B { int FIXME; String s = System.getProperty(\"b.key\"); }\n");
        write(
                "src/main/resources/application.yml",
                "spring:\n  datasource:\n    url: ${DB_URL}\n" + "    pool: ${DB_POOL:10} # TODO tune\n");
        write(
                "src/test/java/x/ClientTest.java",
                "// TODO test\nclass ClientTest { String k = System.getenv(\"TEST_ONLY\"); }\n");

        SourceScan scan = scan();

        String yml = "src/main/resources/application.yml";
        assertEquals(
                List.of(
                        use("b.key", ConfigKeySource.SYSTEM_PROPERTY, "src/main/java/x/B.java", 1, false),
                        use("PAYMENT_API_URL", ConfigKeySource.ENVIRONMENT, CLIENT, 10, false),
                        use("client.timeout", ConfigKeySource.SYSTEM_PROPERTY, CLIENT, 14, true),
                        use("DB_URL", ConfigKeySource.PLACEHOLDER, yml, 3, false),
                        use("DB_POOL", ConfigKeySource.PLACEHOLDER, yml, 4, true)),
                scan.configKeys());
        assertEquals(
                List.of(
                        new TodoMarker("TODO", new Location(CLIENT, 5)),
                        new TodoMarker("FIXME", new Location(CLIENT, 9)),
                        new TodoMarker("HACK", new Location(CLIENT, 14))),
                scan.markers());
    }

    private static ConfigKeyUse use(String key, ConfigKeySource source, String file, int line, boolean hasDefault) {
        return new ConfigKeyUse(key, source, new Location(file, line), hasDefault);
    }

    private SourceScan scan() {
        SourceRequest request = SourceRequest.of(
                module,
                module.resolve("target"),
                List.of(Path.of("src/main/java"), Path.of("src/main/resources")),
                List.of(Path.of("src/test/java")));
        Collected<SourceScan> collected = new SourceScanner().scan(request);
        assertEquals(true, collected.isRead(), collected.detail());
        return collected.value();
    }

    private void write(String path, String content) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
