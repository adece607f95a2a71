package io.mapchunk.analysis.sample;

import io.mapchunk.NaiveFasta;
import io.mapchunk.SharedData;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random windows on real genomes, checked against the naive parse of the whole file: uniformity by
 * chi-square at alpha 1e-3 with fixed seeds (deterministic, yet a biased sampler fails: see
 * {@link #chiSquareRejectsASamplerBiasedByOnePercent}), exact counts, slices, and reproducibility.
 */
class SamplePlannerTest {

    static final double ALPHA = 1e-3;
    static Path malaria;
    static List<NaiveFasta.Record> malariaRecords;
    static FastaIndex malariaIndex;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        malaria = SharedData.file("pfalciparum_mal.fa");
        malariaRecords = NaiveFasta.read(malaria);
        malariaIndex = FastaIndex.read(FastaIndex.pathFor(malaria));
    }

    @Test
    void countsPerSequenceFollowSequenceLengths() throws Exception {
        SampleRequest request = new SampleRequest(200_000, 1, 11, false, false, false);
        List<SampleRow> rows = SampleFixture.sample(malaria, malariaIndex, request, 1).rows();
        assertThat(rows).hasSize(200_000);
        long[] observed = new long[malariaIndex.size()];
        rows.forEach(r -> observed[r.record()]++);
        double[] lengths = malariaIndex.entries().stream().mapToDouble(e -> e.length()).toArray();
        assertThat(SampleFixture.pValue(lengths, observed)).as(Arrays.toString(observed))
                .isGreaterThan(ALPHA);
    }

    @Test
    void windowStartsAreUniformInsideASequence() throws Exception {
        Path chr20 = SharedData.file("human_chr20.fa");
        FastaIndex index = FastaIndex.read(FastaIndex.pathFor(chr20));
        int length = 100;
        SampleRequest request = new SampleRequest(100_000, length, 5, false, false, false);
        List<SampleRow> rows = SampleFixture.sample(chr20, index, request, 2).rows();
        long starts = index.get(0).length() - length + 1;
        int bins = 64;
        long[] observed = new long[bins];
        rows.forEach(r -> observed[(int) (r.start() * bins / starts)]++);
        double[] expected = new double[bins];
        for (int b = 0; b < bins; b++) {
            expected[b] = Math.ceil((double) (b + 1) * starts / bins) - Math.ceil((double) b * starts / bins);
        }
        assertThat(SampleFixture.pValue(expected, observed)).isGreaterThan(ALPHA);
    }

    @Test
    void chiSquareRejectsASamplerBiasedByOnePercent() {
        double[] lengths = malariaIndex.entries().stream().mapToDouble(e -> e.length()).toArray();
        double total = Arrays.stream(lengths).sum();
        long[] biased = new long[lengths.length];
        int k = 200_000;
        for (int i = 0; i < lengths.length; i++) {
            double share = lengths[i] / total * (i == 0 ? 1.25 : 1.0); // MAL1 (2.8%) drawn 25% too often
            biased[i] = Math.round(share * k);
        }
        assertThat(SampleFixture.pValue(lengths, biased)).isLessThan(ALPHA);
    }

    @Test
    void everyWindowIsTheSliceOfTheSequenceAtItsPlace() throws Exception {
        SampleRequest request = new SampleRequest(20_000, 137, 3, false, false, false);
        List<SampleRow> rows = SampleFixture.sample(malaria, malariaIndex, request, 3).rows();
        for (SampleRow row : rows) {
            byte[] bases = malariaRecords.get(row.record()).bases();
            assertThat(row.start() + 137).isLessThanOrEqualTo(bases.length);
            assertThat(row.bases()).as("%d:%d", row.record(), row.start())
                    .isEqualTo(Arrays.copyOfRange(bases, (int) row.start(), (int) row.start() + 137));
        }
        assertThat(rows).isSortedAccordingTo((a, b) -> a.record() != b.record()
                ? Integer.compare(a.record(), b.record()) : Long.compare(a.start(), b.start()));
    }

    @Test
    void sameSeedGivesTheSameRowsWhateverTheUnitOrder() throws Exception {
        SampleRequest request = new SampleRequest(5_000, 50, 99, false, true, false);
        List<SampleRow> first = SampleFixture.sample(malaria, malariaIndex, request, 1).rows();
        List<SampleRow> second = SampleFixture.sample(malaria, malariaIndex, request, 2).rows();
        assertThat(keys(second)).isEqualTo(keys(first));
        SampleRequest other = new SampleRequest(5_000, 50, 100, false, true, false);
        assertThat(keys(SampleFixture.sample(malaria, malariaIndex, other, 1).rows()))
                .isNotEqualTo(keys(first));
    }

    private static List<String> keys(List<SampleRow> rows) {
        return rows.stream().map(r -> r.record() + ":" + r.start()).toList();
    }

    @Test
    void withoutReplacementDrawsExactlyKDistinctWindows() throws Exception {
        Path small = tmp.resolve("small.fa");
        Files.writeString(small, ">a\nACGTACGTAC\nGTA\n>b\nAC\n>c\nACGTACGTACGTACGTAC\n");
        FastaIndex index = SampleFixture.naiveIndex(NaiveFasta.read(small));
        // 3 + 0 + 8 = 11 windows of 11 bases: drawing all of them must list each once
        SampleRequest all = new SampleRequest(11, 11, 1, true, false, false);
        List<SampleRow> rows = SampleFixture.sample(small, index, all, 1).rows();
        assertThat(keys(rows)).containsExactly("0:0", "0:1", "0:2", "2:0", "2:1", "2:2", "2:3", "2:4",
                "2:5", "2:6", "2:7");
        SampleRequest many = new SampleRequest(50_000, 1, 8, true, false, false);
        List<SampleRow> distinct = SampleFixture.sample(malaria, malariaIndex, many, 1).rows();
        Set<String> seen = new HashSet<>(keys(distinct));
        assertThat(seen).hasSize(50_000);
        assertThatThrownBy(() -> SampleFixture.sample(small, index,
                new SampleRequest(12, 11, 1, true, false, false), 1))
                .isInstanceOf(InputFileException.class).hasMessageContaining("only 11");
    }

    @Test
    void excludeNKeepsOnlyWindowsWithoutNAndFailsClearlyWhenThereAreTooFew() throws Exception {
        Path chr20 = SharedData.file("human_chr20.fa");
        FastaIndex index = FastaIndex.read(FastaIndex.pathFor(chr20));
        SampleRequest request = new SampleRequest(10_000, 1000, 4, false, true, false);
        List<SampleRow> rows = SampleFixture.sample(chr20, index, request, 1).rows();
        assertThat(rows).hasSize(10_000);
        assertThat(rows).noneMatch(r -> UnitSampler.hasN(r.bases()));
        Path gaps = tmp.resolve("gaps.fa");
        Files.writeString(gaps, ">a\nNNNNNNNNNNACGTNNNNNN\n>b\nNNNNNNNN\n");
        FastaIndex gapIndex = SampleFixture.naiveIndex(NaiveFasta.read(gaps));
        assertThatThrownBy(() -> SampleFixture.sample(gaps, gapIndex,
                new SampleRequest(10, 5, 1, false, true, false), 1))
                .isInstanceOf(InputFileException.class).hasMessageContaining("too few windows");
        List<SampleRow> single = SampleFixture.sample(gaps, gapIndex,
                new SampleRequest(10, 4, 1, false, true, false), 1).rows();
        assertThat(keys(single)).containsOnly("0:10").hasSize(10);
    }

    @Test
    void perSequenceDrawsKFromEverySequenceLongEnough() throws Exception {
        SampleRequest request = new SampleRequest(300, 100, 6, false, false, true);
        SampleFixture.Result result = SampleFixture.sample(malaria, malariaIndex, request, 1);
        long[] perRecord = new long[malariaIndex.size()];
        result.rows().forEach(r -> perRecord[r.record()]++);
        assertThat(perRecord).containsOnly(300);
        Path small = tmp.resolve("short.fa");
        Files.writeString(small, ">a\nACGTACGTAC\n>b\nAC\n>c\nACGTACGTACGTACGTAC\n");
        FastaIndex index = SampleFixture.naiveIndex(NaiveFasta.read(small));
        SampleFixture.Result skipping = SampleFixture.sample(small, index,
                new SampleRequest(7, 3, 2, false, false, true), 1);
        assertThat(skipping.skipped()).containsExactly("b");
        assertThat(skipping.rows()).hasSize(14).allMatch(r -> r.record() != 1);
    }
}
