package io.mapchunk.job;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RecordTable}: records keyed by both numberings, columns read by name, checked on adding. */
class RecordTableTest {

    private static List<SequenceCount> records(long... lengths) {
        return IntStream.range(0, lengths.length).mapToObj(r -> {
            BaseCounts counts = new BaseCounts();
            counts.length = lengths[r];
            return new SequenceCount(r, "r" + r, false, counts, new long[16]);
        }).toList();
    }

    @Test
    void faiOrdinalsLeaveEmptyRecordsOut() {
        RecordTable table = RecordTable.of(records(5, 0, 7, 0, 0, 2));

        assertThat(IntStream.range(0, table.size()).map(table::faiOrdinal))
                .containsExactly(0, -1, 1, -1, -1, 2);
        assertThat(table.indexed()).isEqualTo(3);
    }

    @Test
    void columnsAreThoseOfTheAnalysesThatRan() {
        RecordTable table = RecordTable.of(records(5, 0)).with(RecordTable.N_RUNS, new long[] {1, 0});

        assertThat(table.has(RecordTable.DINUCLEOTIDES)).isFalse();
        assertThat(table.column(RecordTable.N_RUNS)).containsExactly(1L, 0L);
        assertThat(table.withDinucleotides().column(RecordTable.DINUCLEOTIDES)).hasSize(2);
        assertThatThrownBy(() -> table.column(RecordTable.DINUCLEOTIDES))
                .hasMessageContaining("no column dinucleotides");
    }

    @Test
    void aColumnWithoutOneValuePerRecordIsRefused() {
        assertThatThrownBy(() -> RecordTable.of(records(5, 0, 3))
                .with(RecordTable.N_RUNS, new long[] {1, 2}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("3 sequences counted but 2 with n_runs");
    }
}
