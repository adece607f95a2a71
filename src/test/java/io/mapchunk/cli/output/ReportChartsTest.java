package io.mapchunk.cli.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The count axis of the report's length histogram steps by round numbers. */
class ReportChartsTest {

    @Test
    void countAxisStepsAreRoundAndGiveAtMostFiveIntervals() {
        assertThat(ReportCharts.countStep(2802)).isEqualTo(1000);
        assertThat(ReportCharts.countStep(1)).isEqualTo(1);
        assertThat(ReportCharts.countStep(3)).isEqualTo(1);
        assertThat(ReportCharts.countStep(9)).isEqualTo(5);
        assertThat(ReportCharts.countStep(100)).isEqualTo(25);
        for (long most = 1; most < 100_000; most += 7) {
            long step = ReportCharts.countStep(most);
            long top = step * ((most + step - 1) / step);
            String digits = Long.toString(step).replaceAll("0+$", "");
            assertThat(digits).as("step for %d", most).isIn("1", "2", "25", "5");
            assertThat(top / step).as("intervals for %d", most).isBetween(1L, 5L);
        }
    }
}
