package io.github.readiness.maven.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.maven.evaluation.PomPolicy;
import io.github.readiness.maven.evaluation.ReadinessSettings;
import io.github.readiness.maven.evaluation.ReadinessSettings.BaselineOptions;
import io.github.readiness.maven.evidence.EvidenceLocations;
import io.github.readiness.maven.reactor.ReactorRegistry.Entry;
import io.github.readiness.rules.report.OutputFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReactorRegistryTest {
    private static final ReadinessSettings SETTINGS = new ReadinessSettings(
            "silver",
            new PomPolicy(
                    90,
                    "85%",
                    null,
                    Map.of("docs.readme", "WARN"),
                    null,
                    null,
                    null,
                    List.of("a/**"),
                    null,
                    null,
                    "aggregate",
                    "end"),
            new EvidenceLocations(
                    new File("target/classes"),
                    null,
                    List.of(new File("target/jacoco.exec")),
                    null,
                    List.of(),
                    List.of(),
                    List.of("target/x.sarif"),
                    null,
                    null,
                    null,
                    true),
            new BaselineOptions(new File("readiness-baseline.json"), 2, 1.5, Boolean.TRUE));

    private static Entry checked() {
        return Entry.checked(
                Path.of("/build/beta/target/readiness"),
                Set.of(OutputFormat.JSON, OutputFormat.SARIF),
                Path.of("/build/beta"),
                SETTINGS);
    }

    @Test
    void theModuleThatCompletesTheExpectedSetGetsEveryEntryOnce() {
        ReactorRegistry registry = new ReactorRegistry(new HashMap<>());
        List<String> expected = List.of("g:a", "g:b", "g:c");
        assertTrue(
                registry.register("g:c", Entry.skipped(), expected).isEmpty(), "completion order, not reactor order");
        assertTrue(registry.register("g:a", checked(), expected).isEmpty());
        Optional<Map<String, Entry>> last = registry.register("g:b", Entry.skipped(), expected);
        assertEquals(
                expected.stream().sorted().toList(),
                last.orElseThrow().keySet().stream().sorted().toList());
        assertEquals(checked().settings(), last.orElseThrow().get("g:a").settings());
        assertTrue(registry.register("g:b", Entry.skipped(), expected).isEmpty(), "the reactor completes once");
    }

    @Test
    void withManyThreadsExactlyOneCompletes() throws Exception {
        ReactorRegistry registry = new ReactorRegistry(new HashMap<>());
        List<String> expected = IntStream.range(0, 64).mapToObj(i -> "g:m" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> completed = expected.stream()
                    .map(id -> pool.submit(() -> {
                        start.await();
                        return registry.register(id, checked(), expected).isPresent();
                    }))
                    .toList();
            start.countDown();
            int completions = 0;
            for (Future<Boolean> future : completed) {
                completions += future.get() ? 1 : 0;
            }
            assertEquals(1, completions);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Another class realm holds other copies of the plugin's classes: the session may hold the JDK's only. */
    @Test
    void theSharedStateHoldsJdkClassesOnly() {
        Map<String, Object> shared = new HashMap<>();
        ReactorRegistry registry = new ReactorRegistry(shared);
        registry.register("g:a", checked(), List.of("g:a", "g:b"));
        registry.register("g:b", Entry.skipped(), List.of("g:a", "g:b"));
        List<Class<?>> foreign = new ArrayList<>();
        collectNonJdkClasses(shared, foreign);
        assertEquals(List.of(), foreign);
    }

    @Test
    void anEntryReadInAnotherRealmIsTheSame() {
        Entry entry = checked();
        assertEquals(entry, SessionValues.restore(Entry.class, SessionValues.export(entry)));
        Entry skipped = SessionValues.restore(Entry.class, SessionValues.export(Entry.skipped()));
        assertEquals(Entry.skipped(), skipped);
        assertNull(skipped.settings());
    }

    @Test
    void aPluginClassInsideACollectionIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SessionValues.export(List.of(OutputFormat.JSON)));
        assertTrue(e.getMessage().contains("another class realm cannot read it"), e.getMessage());
    }

    private static void collectNonJdkClasses(Object value, List<Class<?>> foreign) {
        if (value == null) {
            return;
        }
        if (value.getClass().getClassLoader() != null) {
            foreign.add(value.getClass());
        }
        if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> collectNonJdkClasses(key, foreign));
            map.values().forEach(item -> collectNonJdkClasses(item, foreign));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collectNonJdkClasses(item, foreign));
        }
    }
}
