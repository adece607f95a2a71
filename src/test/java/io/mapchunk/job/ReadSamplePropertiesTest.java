package io.mapchunk.job;

import io.mapchunk.analysis.reads.ReadKeys;
import io.mapchunk.analysis.reads.SampleReadFormat;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.reader.SplitHarness;
import io.mapchunk.testing.ReadSampleFastq;
import io.mapchunk.testing.ReadSampleFastq.Read;
import io.mapchunk.testing.ScratchDirectory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random FASTQ files (and pairs of them, and interleaved ones), sampled through every pass of
 * {@link ReadSampleJob} without Flink ({@link SplitHarness}: splits down to one byte, read in a
 * shuffled order by 1 to 4 subtasks): the output must be exactly the records a naive sampler
 * picks, one that sorts every read by its key, in input order, all four lines.
 */
class ReadSamplePropertiesTest {

    private ScratchDirectory directory;

    @BeforeProperty
    void createDirectory() {
        directory = new ScratchDirectory("mapchunk-read-sample");
    }

    @AfterProperty
    void deleteDirectory() throws IOException {
        directory.close();
    }

    @Property(tries = 150)
    void countSampleIsTheKReadsOfSmallestKeyInInputOrder(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int k,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks,
            @ForAll ReadMethod method,
            @ForAll boolean crlf,
            @ForAll SampleReadFormat format) throws Exception {
        List<Read> reads = ReadSampleFastq.reads(seed, 50, 0);
        Path file = directory.write("reads-" + seed + ".fq", ReadSampleFastq.file(reads, crlf));
        ReadSampleJob.Request request = new ReadSampleJob.Request(ReadSampleJob.Mode.COUNT, k, 0,
                0, seed, false, format);

        List<String> sampled = sample(request, splitSize, subtasks, method, file);

        List<Integer> taken = smallestKeys(seed, reads.size(), k);
        assertThat(sampled.get(0)).as("split %d, %d subtasks, %s", splitSize, subtasks, method)
                .isEqualTo(text(reads, taken, format));
        assertThat(taken).hasSize(Math.min(k, reads.size()));
    }

    @Property(tries = 100)
    void fractionSampleIsTheReadsOfKeyBelowTheFraction(
            @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks) throws Exception {
        List<Read> reads = ReadSampleFastq.reads(seed, 50, 0);
        Path file = directory.write("reads-" + seed + ".fq", ReadSampleFastq.file(reads, false));
        ReadSampleJob.Request request = new ReadSampleJob.Request(ReadSampleJob.Mode.FRACTION, 0,
                fraction, 0, seed, false, SampleReadFormat.fastq);

        List<String> sampled = sample(request, splitSize, subtasks, ReadMethod.READ, file);

        BigDecimal threshold = new BigDecimal(fraction)
                .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64)));
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            if (new BigDecimal(Long.toUnsignedString(key(seed, i))).compareTo(threshold) < 0) {
                taken.add(i);
            }
        }
        assertThat(sampled.get(0)).isEqualTo(text(reads, taken, SampleReadFormat.fastq));
    }

    @Property(tries = 150)
    void basesSampleIsTheShortestPrefixInKeyOrderThatReachesTheTarget(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 9000) int target,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks) throws Exception {
        List<Read> reads = ReadSampleFastq.reads(seed, 50, 0);
        Path file = directory.write("reads-" + seed + ".fq", ReadSampleFastq.file(reads, false));
        ReadSampleJob.Request request = new ReadSampleJob.Request(ReadSampleJob.Mode.BASES, 0, 0,
                target, seed, false, SampleReadFormat.fastq);

        List<String> sampled = sample(request, splitSize, subtasks, ReadMethod.READ, file);

        List<Integer> taken = new ArrayList<>();
        long bases = 0;
        for (int i : byKey(seed, reads.size())) {
            if (bases >= target) {
                break;
            }
            taken.add(i);
            bases += reads.get(i).bases().length();
        }
        taken.sort(Comparator.naturalOrder());
        assertThat(sampled.get(0)).as("target %d of %d bases", target, bases)
                .isEqualTo(text(reads, taken, SampleReadFormat.fastq));
    }

    @Property(tries = 100)
    void pairsTakeTheSameIndicesFromBothFilesAndInterleavedTheSamePairs(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int k,
            @ForAll boolean byBases,
            @ForAll @IntRange(min = 1, max = 400) int splitSize,
            @ForAll @IntRange(min = 1, max = 4) int subtasks) throws Exception {
        List<Read> firsts = ReadSampleFastq.reads(seed, 40, 1);
        List<Read> seconds = ReadSampleFastq.mates(firsts, seed + 1);
        Path one = directory.write("r1-" + seed + ".fq", ReadSampleFastq.file(firsts, false));
        Path two = directory.write("r2-" + seed + ".fq", ReadSampleFastq.file(seconds, false));
        List<Read> interleaved = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
            interleaved.add(firsts.get(i));
            interleaved.add(seconds.get(i));
        }
        Path both = directory.write("r12-" + seed + ".fq", ReadSampleFastq.file(interleaved, false));
        long target = 1 + k * 150L;
        ReadSampleJob.Mode mode = byBases ? ReadSampleJob.Mode.BASES : ReadSampleJob.Mode.COUNT;

        List<String> pair = sample(new ReadSampleJob.Request(mode, k, 0, target, seed, false,
                SampleReadFormat.fastq), splitSize, subtasks, ReadMethod.READ, one, two);
        List<String> mixed = sample(new ReadSampleJob.Request(mode, k, 0, target, seed, true,
                SampleReadFormat.fastq), splitSize, subtasks, ReadMethod.READ, both);

        List<Integer> taken = new ArrayList<>();
        if (byBases) {
            long bases = 0;
            for (int i : byKey(seed, firsts.size())) {
                if (bases >= target) {
                    break;
                }
                taken.add(i);
                bases += firsts.get(i).bases().length() + seconds.get(i).bases().length();
            }
            taken.sort(Comparator.naturalOrder());
        } else {
            taken = smallestKeys(seed, firsts.size(), k);
        }
        assertThat(pair.get(0)).isEqualTo(text(firsts, taken, SampleReadFormat.fastq));
        assertThat(pair.get(1)).isEqualTo(text(seconds, taken, SampleReadFormat.fastq));
        List<Integer> records = new ArrayList<>();
        for (int i : taken) {
            records.add(2 * i);
            records.add(2 * i + 1);
        }
        assertThat(mixed.get(0)).as("interleaved").isEqualTo(text(interleaved, records,
                SampleReadFormat.fastq));
    }

    /** The sample of {@code files}, through the harness, one text per file. */
    private static List<String> sample(ReadSampleJob.Request request, int splitSize, int subtasks,
            ReadMethod method, Path... files) throws Exception {
        List<ReadSampleJob.Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new HarnessInput(file));
        }
        ReadSampleJob.PassRunner harness = (input, name, pass, progress) -> SplitHarness.run(pass,
                ((HarnessInput) input).file, method, splitSize, 64, 16, subtasks, splitSize);
        try (ReadSampleJob.Output output = ReadSampleJob.run(harness, inputs, request, 100)) {
            List<String> texts = new ArrayList<>();
            for (SampleRowFiles rows : output.rows()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                rows.writeTo(out);
                texts.add(out.toString(StandardCharsets.ISO_8859_1));
            }
            return texts;
        }
    }

    private record HarnessInput(Path file) implements ReadSampleJob.Input {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public JobSettings settings() {
            return JobSettings.defaults(file);
        }

        @Override
        public ProgressListener progress(String pass) {
            return ProgressListener.NONE;
        }

        @Override
        public <T> T naming(Callable<T> job) throws Exception {
            return job.call();
        }
    }

    private static long key(long seed, long index) {
        return ReadKeys.key(ReadKeys.start(seed), index);
    }

    /** Every index, in unsigned key order: the naive sampler's whole sort. */
    private static List<Integer> byKey(long seed, int n) {
        return LongStream.range(0, n).boxed()
                .sorted((a, b) -> Long.compareUnsigned(key(seed, a), key(seed, b)))
                .map(Long::intValue).toList();
    }

    private static List<Integer> smallestKeys(long seed, int n, int k) {
        List<Integer> taken = new ArrayList<>(byKey(seed, n).subList(0, Math.min(k, n)));
        taken.sort(Comparator.naturalOrder());
        return taken;
    }

    private static String text(List<Read> reads, List<Integer> indices, SampleReadFormat format) {
        StringBuilder text = new StringBuilder();
        for (int i : indices) {
            text.append(format == SampleReadFormat.fastq ? reads.get(i).fastq() : reads.get(i).fasta());
        }
        return text.toString();
    }
}
