package io.mapchunk.cli;

import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.analysis.sample.ScanPredicate;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.SampleFormat;
import io.mapchunk.cli.output.SampleRows;
import io.mapchunk.cli.output.SampleWriter;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import io.mapchunk.job.SampleJob;
import io.mapchunk.job.ScanSampleJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** {@code mapchunk sample}: uniform random positions or windows, reproducible from a seed. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Draw uniform random genome positions or subsequences (headers and line"
                + " ends never count), touching only the pages they fall on; or, with --scan,"
                + " K positions among those matching --where in one full pass.")
final class SampleCommand extends ScanCommand<SampleRows> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "FASTA, UCSC .2bit or raw sequence file (local path or file system URI).")
    InputLocation input;

    @Option(names = {"-n", "--count"}, paramLabel = "K", required = true,
            description = "Number of samples (per sequence with --per-sequence).")
    long count;

    @Option(names = {"-l", "--length"}, paramLabel = "L", defaultValue = "1",
            description = "Window length: 1 = single bases (default); L > 1 = subsequences lying"
                    + " wholly inside one sequence.")
    int length;

    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed; the same seed gives the same output at any parallelism."
                    + " Without it a fresh seed is used and printed to stderr.")
    Long seed;

    @Option(names = "--without-replacement", description = "Never draw the same window twice.")
    boolean withoutReplacement;

    @Option(names = "--exclude-n", description = "Only windows without N (n).")
    boolean excludeN;

    @Option(names = "--per-sequence", description = "K samples in every sequence.")
    boolean perSequence;

    @Option(names = "--scan", description = "Full pass: K distinct positions uniform among those"
            + " matching --where (bottom-k by a random key per position).")
    boolean scan;

    @Option(names = "--where", paramLabel = "PREDICATE", defaultValue = "any",
            description = "With --scan: any (default), gc, cpg (the C of a CG), lower, acgt.")
    ScanPredicate where;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "bed",
            description = "bed (default; 0-based, half-open), fasta (>name:start-end, like bedtools"
                    + " getfasta) or tsv (name, 1-based pos, bases).")
    SampleFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    @Option(names = "--write-index", description = "When INPUT.fai is missing, write the index"
            + " built for this run beside the input.")
    boolean writeIndex;

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    boolean readsByPosition() {
        return true;
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    SampleRows pass(Scan in) throws Exception {
        if (count == 0) {
            Invocation.current().err().println("mapchunk: --count 0: nothing to draw, the output is empty");
        }
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        if (seed == null) {
            Invocation.current().err().println("mapchunk: seed " + runSeed + " (repeat with --seed " + runSeed + ")");
        }
        FastaIndex index = index(in);
        if (scan) {
            List<SampleRow> rows = ScanSampleJob.run(in.environment(), in.settings(), index, where,
                    runSeed, (int) count, in.progress("sample --scan"));
            if (rows.size() < count) {
                Invocation.current().err().println("mapchunk: only " + rows.size() + " positions match --where "
                        + where + "; all of them are listed");
            }
            return new SampleRows.InMemory(index, rows);
        }
        SampleRequest request = new SampleRequest(count, length, runSeed, withoutReplacement,
                excludeN, perSequence);
        SampleJob.Output result = SampleJob.run(in.environment(), in.settings(), index, request,
                format, in.progress("sample"));
        for (String name : result.skipped()) {
            Invocation.current().err().println("mapchunk: sequence '" + name + "' is shorter than " + length
                    + " bases; nothing drawn from it");
        }
        long sampled = perSequence ? count * (index.size() - result.skipped().size()) : count;
        return new SampleRows.InRowFiles(result, sampled);
    }

    @Override
    OutputWriter<SampleRows> writer() {
        return new SampleWriter(format);
    }

    @Override
    Map<String, Long> recordCounts(SampleRows rows) {
        return Map.of("samples", rows.count());
    }

    @Override
    void checkOptions() {
        if (count < 0) {
            throw new UsageException("--count must be at least 0");
        }
        if (scan && count > Integer.MAX_VALUE) {
            throw new UsageException("--scan keeps its K positions in memory: at most "
                    + Integer.MAX_VALUE + ", not " + count);
        }
        if (length < 1) {
            throw new UsageException("--length must be at least 1");
        }
        if (scan && (length != 1 || withoutReplacement || excludeN || perSequence)) {
            throw new UsageException("--scan draws distinct single positions; it takes --where,"
                    + " not --length, --without-replacement, --exclude-n or --per-sequence");
        }
        if (!scan && where != ScanPredicate.any) {
            throw new UsageException("--where needs --scan");
        }
    }

    private FastaIndex index(Scan in) throws Exception {
        IndexJob.Obtained obtained = in.index();
        if (writeIndex && obtained.built()) {
            CompressedInput.writeGzi(input);
            OutputTarget.file(input.withSuffix(".fai"), input).write(obtained.index()::write);
        }
        return obtained.index();
    }
}
