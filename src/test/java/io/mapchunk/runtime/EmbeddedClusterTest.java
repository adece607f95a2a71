package io.mapchunk.runtime;

import io.mapchunk.job.CountResult;
import io.mapchunk.job.IndexJob;
import io.mapchunk.job.CountJob;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.testing.CountText;
import io.mapchunk.testing.ListeningSockets;
import io.mapchunk.testing.NaiveCounts;
import io.mapchunk.testing.UniformFasta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The run-scoped mini-cluster: several jobs on one cluster, and nothing running after close. */
class EmbeddedClusterTest {

    @TempDir
    Path directory;

    @Test
    void runsSeveralJobsOnOneClusterThenStopsEverythingItStarted() throws Exception {
        UniformFasta uniform = UniformFasta.generate(21);
        byte[] fasta = uniform.bytes();
        Path file = Files.write(directory.resolve("uniform.fa"), fasta);
        JobSettings settings = JobSettings.defaults(file).withParallelism(2).withSplitSize(997);
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        CountResult first;
        CountResult second;
        FastaIndex index;
        try (EmbeddedCluster cluster = new EmbeddedCluster()) {
            first = CountJob.run(cluster.environment(), settings);
            index = IndexJob.run(cluster.environment(), settings);
            second = CountJob.run(cluster.environment(), settings.withParallelism(1));
        }

        String expected = NaiveCounts.facount(NaiveCounts.fasta(fasta));
        assertThat(CountText.facount(first.records())).isEqualTo(expected);
        assertThat(CountText.facount(second.records())).isEqualTo(expected);
        assertThat(index.entries()).extracting(e -> e.name() + ":" + e.length() + "@" + e.offset())
                .isEqualTo(uniform.index().entries().stream()
                        .map(e -> e.name() + ":" + e.length() + "@" + e.offset()).toList());
        assertThat(flinkThreadsStartedSince(before))
                .as("Flink threads still alive after the cluster was closed").isEmpty();
    }

    @Test
    void everyListenerOfARunningClusterIsOnLoopback() throws Exception {
        assumeTrue(ListeningSockets.available(), "needs Linux /proc to list listeners");
        Path file = Files.write(directory.resolve("uniform.fa"), UniformFasta.generate(5).bytes());
        Set<String> before = ListeningSockets.ofThisProcess();
        Set<String> during;
        try (EmbeddedCluster cluster = new EmbeddedCluster()) {
            CountJob.run(cluster.environment(), JobSettings.defaults(file).withParallelism(2));
            during = ListeningSockets.ofThisProcess();
        }
        during.removeAll(before);
        assertThat(during).as("listeners the cluster opened").isNotEmpty()
                .allSatisfy(listener -> assertThat(ListeningSockets.isLoopback(listener))
                        .as("listener %s binds to loopback", listener).isTrue());
    }

    @Test
    void closingAClusterThatRanNoJobDoesNothing() throws Exception {
        new EmbeddedCluster().close();
    }

    private static Set<String> flinkThreadsStartedSince(Set<Thread> before) throws InterruptedException {
        Set<String> alive = Set.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("flink-") || name.contains("pekko"))
                    .collect(Collectors.toSet());
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return alive;
    }
}
