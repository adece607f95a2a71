package io.mapchunk.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void firstSampleShowsAmountsAndPercentWithoutRate() {
        ProgressLine line = new ProgressLine("count human.fa");

        assertThat(line.render(1_200_000_000L, 3_000_000_000L, 0))
                .isEqualTo("count human.fa: 1.2/3.0 GB   40%");
    }

    @Test
    void rateAndEtaComeFromTheSamplesSoFar() {
        ProgressLine line = new ProgressLine("count human.fa");
        line.render(0, 3_000_000_000L, 0);
        line.render(500_000_000L, 3_000_000_000L, SECOND);

        assertThat(line.render(1_500_000_000L, 3_000_000_000L, 3 * SECOND))
                .isEqualTo("count human.fa: 1.5/3.0 GB   50%  500.0 MB/s  ETA 3s");
    }

    @Test
    void noEtaIsPromisedFromTheFirstSecondsOfReading() {
        ProgressLine line = new ProgressLine("count human.fa");
        line.render(0, 3_000_000_000L, 0);
        line.render(0, 3_000_000_000L, 3 * SECOND); // the cluster starting
        line.render(1_000_000L, 3_000_000_000L, 4 * SECOND); // the kernels warming up

        assertThat(line.render(3_000_000L, 3_000_000_000L, 4 * SECOND + SECOND / 2))
                .isEqualTo("count human.fa: 0.0/3.0 GB    0%");
    }

    @Test
    void rateForgetsSamplesOlderThanTheWindow() {
        ProgressLine line = new ProgressLine("gc x.fa");
        line.render(0, 1_000_000, 0);
        line.render(100_000, 1_000_000, 10 * SECOND);
        line.render(200_000, 1_000_000, 11 * SECOND);

        // start-up time before the first bytes (0 -> 10 s) no longer drags the rate down
        assertThat(line.render(300_000, 1_000_000, 12 * SECOND))
                .isEqualTo("gc x.fa: 0.3/1.0 MB   30%  100.0 kB/s  ETA 7s");
    }

    @Test
    void smallInputsAreInBytesAndStalledRunsHaveNoEta() {
        ProgressLine line = new ProgressLine("count tiny.fa");
        line.render(10, 512, 0);

        assertThat(line.render(10, 512, SECOND)).isEqualTo("count tiny.fa: 10/512 B    1%");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(ProgressLine.duration(0.2)).isEqualTo("1s");
        assertThat(ProgressLine.duration(59)).isEqualTo("59s");
        assertThat(ProgressLine.duration(185)).isEqualTo("3m05s");
        assertThat(ProgressLine.duration(7620)).isEqualTo("2h07m");
    }

    @Test
    void percentIsCappedAndAnEmptyInputIsDone() {
        assertThat(ProgressLine.percent(5, 0)).isEqualTo(100);
        assertThat(ProgressLine.percent(11, 10)).isEqualTo(100);
        assertThat(ProgressLine.percent(999, 1000)).isEqualTo(99);
    }
}
