package io.mapchunk.cli.output;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sequences the report draws GC along, and the order of its table. */
class HtmlReportTest {

    @Test
    void everySequenceIsPlottedInFileOrderUpToTheLimit() {
        long[] chromosomes = {248, 242, 198, 190, 181, 171, 159, 145, 138, 134, 135, 133, 114, 107,
            102, 90, 83, 80, 59, 64, 47, 51, 156, 57};

        assertThat(HtmlReport.plotted(chromosomes)).containsExactly(
                java.util.stream.IntStream.range(0, chromosomes.length).toArray());
    }

    @Test
    void manySequencesPlotTheLongestUntilTheyHoldNinetyPercent() {
        long[] lengths = new long[60];
        Arrays.fill(lengths, 1);
        lengths[50] = 500; // 500 + 300 + 200 + 100 = 1,100 of 1,255 bases: 87.6 %
        lengths[3] = 300;
        lengths[37] = 200;
        lengths[12] = 100;
        lengths[40] = 100; // with this one 95.6 %

        assertThat(HtmlReport.plotted(lengths)).containsExactly(50, 3, 37, 12, 40);
    }

    @Test
    void manySimilarSequencesPlotAtMostTheLimit() {
        long[] lengths = new long[1000];
        Arrays.fill(lengths, 1000);

        assertThat(HtmlReport.plotted(lengths)).hasSize(HtmlReport.MAX_PLOTS)
                .startsWith(0, 1, 2);
    }

    @Test
    void tableOrderIsLongestFirstAndFileOrderAmongEqualLengths() {
        assertThat(HtmlReport.byLength(new long[] {5, 9, 5, 0, 9})).containsExactly(1, 4, 0, 2, 3);
    }
}
