package io.github.readiness.maven.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    @Test
    void theResultIsTheWorksOwnComputedOnAnotherThreadWithTheCallersClassLoader() {
        ClassLoader realm = new URLClassLoader(new URL[0], getClass().getClassLoader());
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        caller.setContextClassLoader(realm);
        try {
            BackgroundTask<String> task = BackgroundTask.start("test-task", () -> {
                Thread worker = Thread.currentThread();
                return worker.getName() + " " + (worker.getContextClassLoader() == realm) + " " + worker.isDaemon()
                        + " " + (worker != caller);
            });
            assertEquals("test-task true true true", task.join());
        } finally {
            caller.setContextClassLoader(before);
        }
    }

    @Test
    void theWorksRuntimeExceptionIsRethrownUnchanged() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad input in target/x.xml");
        BackgroundTask<String> task = BackgroundTask.start("test-failing", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalArgumentException.class, task::join));
    }

    @Test
    void anErrorIsRethrownUnchanged() {
        AssertionError thrown = new AssertionError("boom");
        BackgroundTask<String> task = BackgroundTask.start("test-error", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(AssertionError.class, task::join));
    }

    @Test
    void anAbandonedTaskIsInterruptedAndGivesNoResult() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        BackgroundTask<String> task = BackgroundTask.start("test-abandoned", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
                return "finished";
            } catch (InterruptedException e) {
                interrupted.countDown();
                return "interrupted";
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        task.abandon();
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the worker is interrupted");
        assertThrows(CancellationException.class, task::join);
    }

    @Test
    void twoTasksRunAtTheSameTime() throws InterruptedException {
        // each waits for the other: only concurrent threads can both finish
        CountDownLatch both = new CountDownLatch(2);
        BackgroundTask<Long> first = BackgroundTask.start("test-first", () -> awaitBoth(both));
        BackgroundTask<Long> second = BackgroundTask.start("test-second", () -> awaitBoth(both));
        assertNotEquals(first.join(), second.join());
    }

    private static long awaitBoth(CountDownLatch both) {
        both.countDown();
        try {
            if (!both.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other task never ran");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return Thread.currentThread().getId();
    }
}
