package io.github.readiness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.maven.ReactorRegistry.Outcome;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ModuleStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReactorRegistryTest {
    private static Outcome skipped(String id) {
        return Outcome.skipped(ModuleResult.unchecked(new ProjectInfo("g", id, "1", id), id, ModuleStatus.SKIPPED));
    }

    @Test
    void theModuleThatCompletesTheExpectedSetGetsEveryOutcomeOnce() {
        ReactorRegistry registry = new ReactorRegistry();
        List<String> expected = List.of("g:a", "g:b", "g:c");
        assertTrue(registry.register("g:c", skipped("c"), expected).isEmpty(), "completion order, not reactor order");
        assertTrue(registry.register("g:a", skipped("a"), expected).isEmpty());
        Optional<Map<String, Outcome>> last = registry.register("g:b", skipped("b"), expected);
        assertEquals(expected.stream().sorted().toList(), last.orElseThrow().keySet().stream().sorted().toList());
        assertTrue(registry.register("g:b", skipped("b"), expected).isEmpty(), "the reactor completes once");
    }

    @Test
    void withManyThreadsExactlyOneCompletes() throws Exception {
        ReactorRegistry registry = new ReactorRegistry();
        List<String> expected = IntStream.range(0, 64).mapToObj(i -> "g:m" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> completed = expected.stream().map(id -> pool.submit(() -> {
                start.await();
                return registry.register(id, skipped(id), expected).isPresent();
            })).toList();
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
}
