package io.mapchunk.cli;

import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowOptionsTest {

    @Test
    void basesTakeDecimalSuffixes() {
        BasesConverter bases = new BasesConverter();
        assertThat(bases.convert("1000")).isEqualTo(1000);
        assertThat(bases.convert("10k")).isEqualTo(10_000);
        assertThat(bases.convert("2kb")).isEqualTo(2_000);
        assertThat(bases.convert("1M")).isEqualTo(1_000_000);
        assertThatThrownBy(() -> bases.convert("0")).isInstanceOf(CommandLine.TypeConversionException.class);
        assertThatThrownBy(() -> bases.convert("ten")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void automaticReportWindowGivesAtMost500PointsOnARoundNumber() {
        assertThat(ReportCommand.autoWindow(index(48_502))).isEqualTo(100);
        assertThat(ReportCommand.autoWindow(index(4_641_652))).isEqualTo(10_000);
        assertThat(ReportCommand.autoWindow(index(248_956_422, 1000))).isEqualTo(500_000);
        assertThat(ReportCommand.autoWindow(index(700))).isEqualTo(2);
        assertThat(ReportCommand.autoWindow(index(0))).isEqualTo(1);
        // many short sequences: the genome / 200,000 (5,000 x 20 kb = 100 Mb -> 500)
        long[] contigs = new long[5000];
        java.util.Arrays.fill(contigs, 20_000);
        assertThat(ReportCommand.autoWindow(index(contigs))).isEqualTo(500);
    }

    private static FastaIndex index(long... lengths) {
        List<FaiEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            entries.add(new FaiEntry("s" + i, lengths[i], 10L * i, 60, 61));
        }
        return new FastaIndex(entries);
    }
}
