package io.mapchunk.analysis.reads;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's cuts in key order against naive ones that sort every key: {@code -n} takes exactly
 * the K smallest, uniformly over the file; {@code --fraction} about F * N; {@code --bases} the
 * shortest prefix in key order that reaches the target, also when its bucket must be cut again.
 */
class SelectionPlannerTest {

    @Property(tries = 60)
    void countTakesExactlyTheKSmallestKeys(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 200_000) int n,
            @ForAll @IntRange(min = 0, max = 210_000) int k) {
        ReadSelection selection = SelectionPlanner.count(seed, n, k, false);

        long[] keys = sortedKeys(seed, n);
        long taken = 0;
        for (int i = 0; i < n; i++) {
            boolean expected = Arrays.binarySearch(keys, 0, Math.min(k, n),
                    selection.key(i) ^ Long.MIN_VALUE) >= 0;
            assertThat(selection.takes(selection.key(i))).as("read %d of %d, k %d", i, n, k)
                    .isEqualTo(expected);
            taken += expected ? 1 : 0;
        }
        assertThat(taken).isEqualTo(Math.min(k, n)).isEqualTo(selection.selected());
    }

    @Test
    void countIsUniformOverTheQuartersOfTheFile() {
        int n = 1000;
        int k = 100;
        int seeds = 2000;
        long[] quarters = new long[4];
        for (long seed = 0; seed < seeds; seed++) {
            ReadSelection selection = SelectionPlanner.count(seed, n, k, false);
            for (int i = 0; i < n; i++) {
                if (selection.takes(selection.key(i))) {
                    quarters[i * 4 / n]++;
                }
            }
        }
        double expected = (double) seeds * k / 4;
        double chiSquare = 0;
        for (long observed : quarters) {
            chiSquare += (observed - expected) * (observed - expected) / expected;
        }
        // 3 degrees of freedom: P(chi-square > 16.27) = 0.001
        assertThat(chiSquare).as("chi-square of the quarters %s", Arrays.toString(quarters))
                .isLessThan(16.27);
    }

    @Test
    void fractionTakesAboutThatShareOfTheReads() {
        int n = 1_000_000;
        ReadSelection selection = SelectionPlanner.fraction(7, n, 0.1, false);
        long taken = 0;
        for (int i = 0; i < n; i++) {
            taken += selection.takes(selection.key(i)) ? 1 : 0;
        }
        double sd = Math.sqrt(n * 0.1 * 0.9);
        assertThat(taken).isEqualTo(selection.selected());
        assertThat((double) taken).isBetween(n * 0.1 - 5 * sd, n * 0.1 + 5 * sd);
        assertThat(SelectionPlanner.fraction(7, n, 0, false).selected()).isZero();
        assertThat(SelectionPlanner.fraction(7, n, 1, false).selected()).isEqualTo(n);
    }

    @Property(tries = 40)
    void basesCutIsTheShortestPrefixInKeyOrderEvenWhenBucketsAreCutAgain(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 4_000_000) int target,
            @ForAll @IntRange(min = 1, max = 50) int collectLimit) {
        Random random = new Random(seed);
        long[] lengths = new long[n];
        for (int i = 0; i < n; i++) {
            lengths[i] = random.nextInt(300);
        }
        SelectionPlanner.BasesCut cut = new SelectionPlanner.BasesCut(seed, false, 1, target,
                collectLimit);
        ReadSelection keys = cut.keys();
        int passes = 0;
        boolean narrow;
        do {
            KeyHistogram histogram = KeyHistogram.empty();
            KeyRange range = cut.range();
            for (int i = 0; i < n; i++) {
                long key = keys.key(i);
                if (range.contains(key)) {
                    histogram.reads()[range.bucket(key)]++;
                    histogram.bases()[range.bucket(key)] += lengths[i];
                }
            }
            narrow = cut.narrow(histogram);
            passes++;
        } while (!narrow);
        long[] found = new long[n];
        long[] foundLengths = new long[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (cut.range().contains(keys.key(i))) {
                found[size] = keys.key(i);
                foundLengths[size++] = lengths[i];
            }
        }
        ReadSelection selection = cut.decided() ? cut.cut(n, null)
                : cut.cut(n, KeyLengths.merged(Arrays.copyOf(found, size),
                        Arrays.copyOf(foundLengths, size)));

        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compareUnsigned(keys.key(a), keys.key(b)));
        boolean[] expected = new boolean[n];
        long bases = 0;
        long taken = 0;
        for (int i : order) {
            if (bases >= target) {
                break;
            }
            expected[i] = true;
            bases += lengths[i];
            taken++;
        }
        for (int i = 0; i < n; i++) {
            assertThat(selection.takes(keys.key(i))).as("read %d after %d passes", i, passes)
                    .isEqualTo(expected[i]);
        }
        assertThat(selection.selected()).isEqualTo(taken);
    }

    /** The first keys, as signed values whose order is the keys' unsigned order. */
    private static long[] sortedKeys(long seed, int n) {
        long start = ReadKeys.start(seed);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ReadKeys.key(start, i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        return keys;
    }
}
