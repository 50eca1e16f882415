package org.revue.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarmupTest {
    @Test
    void shortPassesStopAtThePassLimit() {
        Warmup w = new Warmup();
        int passes = 0;
        while (!w.passDone()) {
            passes++;
        }
        // passes of no work never fill a one-second window: the pass limit ends the warm-up
        assertThat(passes + 1).isEqualTo(Warmup.MAX_PASSES);
        assertThat(w.outOfTime()).isFalse();
    }

    @Test
    void aQuietWindowEndsTheWarmUp() throws InterruptedException {
        Warmup w = new Warmup();
        Thread.sleep(Warmup.WINDOW_NANOS / 1_000_000 + 50); // a second with no compiling to speak of
        boolean done = w.passDone();
        assertThat(w.lastCompileShare()).isLessThan(1.0);
        assertThat(done).isEqualTo(w.lastCompileShare() < Warmup.QUIET);
    }
}
