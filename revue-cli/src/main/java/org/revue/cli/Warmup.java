package org.revue.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * When a JIT warm-up is done: passes over the work go on until the compiler is quiet, as a benchmark harness
 * would. Checked in windows of at least a second (small lists make short passes): the warm-up ends after a
 * window in which compiling took less than {@link #QUIET} of the wall time, or at the pass or time limit.
 * Where the JVM does not report compilation time, a fixed number of passes stands in.
 */
final class Warmup {
    /** Compilation time under this share of a window's wall time: the code has settled. */
    static final double QUIET = 0.05;
    static final long WINDOW_NANOS = 1_000_000_000L;
    static final int MAX_PASSES = 20;
    static final double MAX_SECONDS = 60;
    /** Passes when compilation time is not reported. */
    static final int BLIND_PASSES = 3;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final boolean reported = jit != null && jit.isCompilationTimeMonitoringSupported();
    private final long start = System.nanoTime();
    private long windowStart = start;
    private long windowCompileMillis = compileMillis();
    private int passes;
    private double lastShare = Double.NaN;

    /** Whether the time limit is reached (checked between pages). */
    boolean outOfTime() {
        return System.nanoTime() - start > MAX_SECONDS * 1e9;
    }

    /** Called after each whole pass; true when the warm-up is done. */
    boolean passDone() {
        passes++;
        if (passes >= MAX_PASSES || outOfTime()) {
            return true;
        }
        if (!reported) {
            return passes >= BLIND_PASSES;
        }
        long now = System.nanoTime();
        long wall = now - windowStart;
        if (wall < WINDOW_NANOS) {
            return false;
        }
        long compile = compileMillis() - windowCompileMillis;
        lastShare = compile * 1e6 / wall;
        windowStart = now;
        windowCompileMillis += compile;
        return lastShare < QUIET;
    }

    /** The share of the last full window's wall time spent compiling (NaN when not measured). */
    double lastCompileShare() {
        return lastShare;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private long compileMillis() {
        return reported ? jit.getTotalCompilationTime() : 0;
    }
}
