package io.mapchunk.analysis.gc;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GcTableTest {

    /** One 25-base record in bins of 10: runs for bins 0-1 (20 bases) and bin 2 (5 bases). */
    private static final FastaIndex INDEX =
            new FastaIndex(List.of(new FaiEntry("r", 25, 3, 25, 26)));
    private static final BinRun FIRST_TWO_BINS = new BinRun(0, 0, new int[] {
            3, 2, 4, 1, 0, 0,
            2, 2, 2, 2, 1, 1});
    private static final BinRun LAST_BIN = new BinRun(0, 2, new int[] {1, 1, 1, 1, 1, 0});

    @Test
    void acceptsATableHoldingEveryBaseOnce() {
        GcTable table = new GcTable(INDEX, new WindowSpec(10, 10));
        table.add(LAST_BIN);
        table.add(FIRST_TWO_BINS);

        table.requireComplete();

        assertThat(table.windows(0)).extracting(WindowCounts::g).containsExactly(4L, 2L, 1L);
    }

    @Test
    void refusesATableMissingARun() {
        GcTable table = new GcTable(INDEX, new WindowSpec(10, 10));
        table.add(FIRST_TWO_BINS);

        assertThatThrownBy(() -> table.requireComplete())
                .hasMessageContaining("20 bases were counted into windows but the index has 25");
    }

    @Test
    void refusesATableHoldingARunTwice() {
        GcTable table = new GcTable(INDEX, new WindowSpec(10, 10));
        table.add(FIRST_TWO_BINS);
        table.add(LAST_BIN);
        table.add(LAST_BIN);

        assertThatThrownBy(() -> table.requireComplete()).hasMessageContaining("30 bases");
    }
}
