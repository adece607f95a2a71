package io.mapchunk.job;

import io.mapchunk.runtime.JobSettings;
import io.mapchunk.NaiveFasta;
import io.mapchunk.SharedData;
import io.mapchunk.analysis.sample.ScanAnalysis;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.analysis.sample.ScanPredicate;
import io.mapchunk.cli.output.SampleFormat;
import io.mapchunk.format.FastaIndex;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sampling jobs on a mini-cluster: the same seed gives the same output at any parallelism. */
class SampleJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    private static List<String> rows(List<SampleRow> rows) {
        return rows.stream().map(r -> r.record() + ":" + r.start() + ":" + new String(r.bases(),
                java.nio.charset.StandardCharsets.ISO_8859_1)).toList();
    }

    @Test
    void sameSeedSameWindowsAtParallelismOneTwoAndFour() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        FastaIndex index = FastaIndex.read(FastaIndex.pathFor(malaria));
        SampleRequest request = new SampleRequest(3_000, 100, 42, false, false, false);
        List<String> runs = new ArrayList<>();
        for (int p : new int[] {1, 2, 4}) {
            runs.add(sample(malaria, index, request, p));
        }
        assertThat(runs.get(0).lines()).hasSize(3_000);
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isEqualTo(runs.get(0));
    }

    /** The TSV a sample job writes at parallelism {@code p}. */
    static String sample(Path input, FastaIndex index, SampleRequest request, int p)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SampleJob.Output output = SampleJob.run(
                StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(input).withParallelism(p), index, request, SampleFormat.tsv)) {
            output.rows().writeTo(out);
        }
        return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void scanKeepsTheBottomKOfMatchingPositionsAtAnyParallelismAndSplitSize() throws Exception {
        Path malaria = SharedData.file("pfalciparum_mal.fa");
        FastaIndex index = FastaIndex.read(FastaIndex.pathFor(malaria));
        List<NaiveFasta.Record> records = NaiveFasta.read(malaria);
        int k = 500;
        long seed = 7;
        List<String> expected = naiveBottomK(records, ScanPredicate.cpg, seed, k);
        List<String> atOne = rows(ScanSampleJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(malaria).withParallelism(1), index, ScanPredicate.cpg, seed, k));
        List<String> atFour = rows(ScanSampleJob.run(StreamExecutionEnvironment.getExecutionEnvironment(),
                JobSettings.defaults(malaria).withParallelism(4).withSplitSize(1_000_003)
                        .withChunkSize(4099), index, ScanPredicate.cpg, seed, k));
        assertThat(atOne).isEqualTo(expected);
        assertThat(atFour).isEqualTo(expected);
    }

    /** Every matching position's key, computed position by position over the naive parse. */
    private static List<String> naiveBottomK(List<NaiveFasta.Record> records, ScanPredicate predicate,
            long seed, int k) {
        record Pick(long key, int record, long pos, byte base) {}
        List<Pick> picks = new ArrayList<>();
        long genome = 0;
        for (int r = 0; r < records.size(); r++) {
            byte[] bases = records.get(r).bases();
            for (int i = 0; i < bases.length; i++) {
                int next = i + 1 < bases.length ? bases[i + 1] : -1;
                if (predicate.test(bases[i], next)) {
                    picks.add(new Pick(ScanAnalysis.key(seed, genome + i), r, i, bases[i]));
                }
            }
            genome += bases.length;
        }
        picks.sort(Comparator.comparingLong(Pick::key));
        return picks.subList(0, k).stream()
                .sorted(Comparator.comparingInt(Pick::record).thenComparingLong(Pick::pos))
                .map(p -> p.record() + ":" + p.pos() + ":" + (char) p.base()).toList();
    }
}
