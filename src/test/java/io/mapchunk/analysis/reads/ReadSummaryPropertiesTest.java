package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.NaiveReads;
import io.mapchunk.testing.RandomFastq;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read summary of random FASTQ (reads of 0 to 3,000 bases, any letters, qualities beginning
 * with {@code @} and {@code +}, LF or CRLF) through the pass on any split layout down to one byte,
 * small mappings, one to four subtasks and both read methods: equal to {@link NaiveReads}.
 */
class ReadSummaryPropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-reads");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 300)
    void summaryMatchesNaiveReadingForAnySplitLayout(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5000) int splitSize,
            @ForAll @IntRange(min = 64, max = 1 << 14) int mappingSize,
            @ForAll @IntRange(min = 1, max = 5000) int chunkSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks, @ForAll ReadMethod method)
            throws Exception {
        byte[] fastq = RandomFastq.generate(seed).bytes();
        Path file = directory.write("r-" + seed + ".fq", fastq);
        NaiveReads.Figures expected = NaiveReads.of(fastq);

        ReadSummaryAnalysis analysis = new ReadSummaryAnalysis();
        ReadSummary summary = SplitHarness.run(Pass.of(analysis), file, method, splitSize,
                mappingSize, chunkSize, subtasks, seed).get(analysis);

        assertThat(summary.reads()).as("reads").isEqualTo(expected.reads());
        TreeMap<Long, Long> histogram = new TreeMap<>();
        expected.lengths().forEach(length -> histogram.merge(length, 1L, Long::sum));
        assertThat(summary.lengthValues).as("distinct lengths")
                .containsExactly(histogram.keySet().stream().mapToLong(Long::longValue).toArray());
        assertThat(summary.lengthCounts).as("reads of each length")
                .containsExactly(histogram.values().stream().mapToLong(Long::longValue).toArray());
        assertThat(summary.byteCounts).as("sequence bytes").containsExactly(expected.byteCounts());
        BaseCounts counts = summary.baseCounts();
        assertThat(counts.length).as("bases").isEqualTo(sum(expected.lengths()));
        assertThat(counts.cpg).as("CpG").isEqualTo(expected.cpg());
        assertThat(counts.cpgContextPairs).as("(C|Y)(G|R) pairs")
                .isEqualTo(expected.contextPairs());
        assertThat(counts.cpgContextTransitions).as("Y/R in those pairs")
                .isEqualTo(expected.contextTransitions());
        assertThat(summary.dinucleotides()).as("dinucleotides")
                .containsExactly(expected.dinucleotides());
        assertThat(summary.phredHistogram()).as("Phred histogram").containsExactly(expected.phred());
        assertThat(summary.gcHistogram()).as("per-read GC").containsExactly(expected.gcPercent());
        assertThat(summary.firstLetters().records()).isEqualTo(expected.reads() > 0);
        assertThat(summary.firstLetters().values()).as("first read's letters")
                .containsExactly(expected.firstLetters());
        assertThat(summary.firstReadLength()).isEqualTo(expected.firstLength());
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
