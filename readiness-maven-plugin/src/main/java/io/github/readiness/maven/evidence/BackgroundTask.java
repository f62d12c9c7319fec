package io.github.readiness.maven.evidence;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work that needs no policy, done on its own thread while the goal's thread loads the policy and reads the reports.
 * The build is single-threaded at this point (Maven runs one goal of a module at a time), so the second core is
 * otherwise idle: the source scan, the largest cold cost of a small module, overlaps the rest instead of following it
 * (issue 18). The result is the same as calling the supplier in place; its exceptions are rethrown by {@link #join()}
 * as they are.
 */
public final class BackgroundTask<T> {
    private final FutureTask<T> task;

    private BackgroundTask(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts {@code work} on a daemon thread with the caller's context class loader (the plugin's realm). */
    public static <T> BackgroundTask<T> start(String name, Supplier<T> work) {
        BackgroundTask<T> background = new BackgroundTask<>(work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true); // never keeps Maven's JVM alive
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        return background;
    }

    /** Waits for the result; the work's own RuntimeException or Error is rethrown unchanged. */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new CancellationException("interrupted while waiting for " + task);
        }
    }

    /** Stops waiting for a result nobody will read (the goal failed before joining). */
    public void abandon() {
        task.cancel(true);
    }
}
