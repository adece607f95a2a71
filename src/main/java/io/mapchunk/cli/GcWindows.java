package io.mapchunk.cli;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.format.FastaIndex;

/** The window options of {@code gc} and {@code report}, checked before any scan. */
final class GcWindows {

    private GcWindows() {}

    static WindowSpec spec(long window, long step) {
        if (window <= 0 || step <= 0) {
            throw new UsageException("--window and --step must be positive");
        }
        return new WindowSpec(window, step);
    }

    /** Refuses, before the scan, a bin table that cannot fit in half the heap. */
    static void checkMemory(FastaIndex index, WindowSpec spec) {
        long needed = GcTable.bytesNeeded(index, spec);
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (needed > available) {
            throw new UsageException("window " + spec.window() + " / step " + spec.step() + " needs "
                    + (needed >> 20) + " MiB of bins for this genome (" + (available >> 20)
                    + " MiB available): use a larger --window or --step, or more heap");
        }
    }
}
