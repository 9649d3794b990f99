package com.gozon.dev;

import java.util.Locale;

/** The time a server took to start or stop, in seconds as a person reads them in the log. */
record Stopwatch(long startedNanos) {

    static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
