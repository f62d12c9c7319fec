package io.github.readiness.maven.reactor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
    @TempDir
    Path dir;

    private Path extensions(String body) throws IOException {
        return Files.writeString(
                dir.resolve("extensions.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<extensions>" + body + "</extensions>\n");
    }

    @Test
    void theExtensionIsFoundAmongOthers() throws IOException {
        assertTrue(BuildCache.declares(extensions("<extension><groupId>kr.motd.maven</groupId>"
                + "<artifactId>os-maven-plugin</artifactId><version>1.7.1</version></extension>"
                + "<extension><groupId>org.apache.maven.extensions</groupId>"
                + "<artifactId> maven-build-cache-extension </artifactId><version>1.3.0</version></extension>")));
    }

    @Test
    void otherExtensionsOrNoFileAreNotTheCache() throws IOException {
        assertFalse(BuildCache.declares(dir.resolve("missing.xml")));
        assertFalse(BuildCache.declares(extensions("<extension><groupId>kr.motd.maven</groupId>"
                + "<artifactId>os-maven-plugin</artifactId><version>1.7.1</version></extension>")));
        assertFalse(
                BuildCache.declares(extensions("<extension><artifactId>maven-build-cache-extension")),
                "a broken file is Maven's to report");
    }
}
