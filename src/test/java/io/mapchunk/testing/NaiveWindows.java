package io.mapchunk.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Windowed base counts by the book: for each window start 0, S, 2S, ... below the length, take
 * the substring and count its letters one by one. One line per window: name, start, end, then
 * A C G T N other.
 */
public final class NaiveWindows {

    private NaiveWindows() {}

    public static List<String> of(List<String> names, List<String> sequences, long window, long step) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < sequences.size(); r++) {
            String sequence = sequences.get(r);
            for (long start = 0; start < sequence.length(); start += step) {
                int end = (int) Math.min(sequence.length(), start + window);
                long[] counts = new long[6];
                for (char base : sequence.substring((int) start, end).toUpperCase().toCharArray()) {
                    int slot = "ACGTN".indexOf(base);
                    counts[slot < 0 ? 5 : slot]++;
                }
                lines.add(names.get(r) + " " + start + " " + end + " " + counts[0] + " " + counts[1]
                        + " " + counts[2] + " " + counts[3] + " " + counts[4] + " " + counts[5]);
            }
        }
        return lines;
    }
}
