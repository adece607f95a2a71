package io.mapchunk.testing;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowCounts;

import java.util.ArrayList;
import java.util.List;

/** A {@link GcTable}'s windows as lines in {@link NaiveWindows}' layout, for comparison. */
public final class WindowLines {

    private WindowLines() {}

    public static List<String> of(GcTable table) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < table.index().size(); r++) {
            for (WindowCounts w : table.windows(r)) {
                lines.add(w.name() + " " + w.start() + " " + w.end() + " " + w.a() + " " + w.c()
                        + " " + w.g() + " " + w.t() + " " + w.n() + " " + w.other());
            }
        }
        return lines;
    }
}
