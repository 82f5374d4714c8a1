package org.journeymaps.devhost.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Runs an action after a warm-up and reports the median and 90th percentile in milliseconds. */
record Timing(double medianMs, double p90Ms) {

    static final int WARM_UP = 5;
    static final int RUNS = 20;

    static Timing of(Callable<?> action) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            action.call();
        }
        double[] samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.call();
            samples[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(samples);
        return new Timing(samples[RUNS / 2], samples[(int) Math.ceil(RUNS * 0.9) - 1]);
    }
}
