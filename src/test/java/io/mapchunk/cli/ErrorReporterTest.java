package io.mapchunk.cli;

import io.mapchunk.io.InputFileException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReporterTest {

    @Test
    void inputProblemDeepInsideFlinkFailuresIsShownAsIs() {
        var failure = new RuntimeException("job failed",
                new IllegalStateException("task failed", new InputFileException("x.fa: changed")));

        assertThat(ErrorReporter.describe(failure)).isEqualTo("x.fa: changed");
    }

    @Test
    void timeoutTalkingToTheClusterIsExplained() {
        var failure = new CompletionException(new TimeoutException());

        assertThat(ErrorReporter.describe(failure))
                .isEqualTo("lost contact with the Flink cluster (TimeoutException); is the JobManager running?");
    }
}
