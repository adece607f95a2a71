package io.mapchunk.cli;

import io.mapchunk.analysis.reads.SampleReadFormat;
import io.mapchunk.analysis.sample.SampleRequest;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.analysis.sample.ScanPredicate;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.SampleFormat;
import io.mapchunk.cli.output.SampleRows;
import io.mapchunk.cli.output.SampleWriter;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.Compression;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import io.mapchunk.job.ReadSampleJob;
import io.mapchunk.job.SampleJob;
import io.mapchunk.job.ScanSampleJob;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mapchunk sample}: uniform random positions or windows, reproducible from a seed. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Draw uniform random genome positions or subsequences (headers and line"
                + " ends never count), touching only the pages they fall on; or, with --scan,"
                + " K positions among those matching --where in one full pass. On FASTQ: a"
                + " uniform random subset of the reads (-n, --fraction or --bases), in input"
                + " order; of pairs, from two files or --interleaved.")
final class SampleCommand extends ScanCommand<SampleRows> {

    @Parameters(arity = "1..2", paramLabel = "INPUT",
            description = "FASTA, UCSC .2bit, raw sequence file or FASTQ (local path or file"
                    + " system URI); or two FASTQ files of pairs (R1 R2).")
    List<InputLocation> inputFiles;

    @Option(names = {"-n", "--count"}, paramLabel = "K",
            description = "Number of samples (per sequence with --per-sequence); of reads (pairs)"
                    + " on FASTQ.")
    Long count;

    @Option(names = "--fraction", paramLabel = "F",
            description = "FASTQ: each read (pair) with probability F; the count is random.")
    Double fraction;

    @Option(names = "--bases", paramLabel = "B", converter = BasesConverter.class,
            description = "FASTQ: reads (pairs) in random order until their bases reach B"
                    + " (e.g. 100m).")
    Long bases;

    @Option(names = "--interleaved", description = "FASTQ: reads 2i and 2i+1 are mates.")
    boolean interleaved;

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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "bed (default; 0-based, half-open), fasta (>name:start-end, like bedtools"
                    + " getfasta) or tsv (name, 1-based pos, bases); on FASTQ: fastq (default) or"
                    + " fasta.")
    SampleLayout layout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout; twice for two inputs.")
    List<InputLocation> outputs;

    @Option(names = "--write-index", description = "When INPUT.fai is missing, write the index"
            + " built for this run beside the input.")
    boolean writeIndex;

    /** The layout of windows, once the input is known to be a genome. */
    private SampleFormat format;
    /** With two inputs, the second output, checked before any job. */
    private OutputTarget secondTarget;

    @Override
    List<InputLocation> inputs() {
        return inputFiles;
    }

    /**
     * Windows are read by position, so a genome in plain gzip is refused before anything runs;
     * reads are read front to back, which a plain gzip file allows (one reader inflates it). Only a
     * plain gzip input is inspected here, to tell which it is.
     */
    @Override
    boolean readsByPosition() {
        for (InputLocation input : inputFiles) {
            if (CompressedInput.compression(input) == Compression.GZIP && !holdsReads(input)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsReads(InputLocation input) {
        try {
            return SequenceFile.inspect(input).format().reads();
        } catch (RuntimeException e) {
            return false; // not readable: refused as a genome would be, or reported by the pass
        }
    }

    @Override
    InputLocation output() {
        return outputs == null ? null : outputs.get(0);
    }

    /** A genome's windows ({@link #pass}), or a FASTQ file's reads ({@link #sampleReads}). */
    @Override
    List<SampleRows> passes(List<InputLocation> inputs) throws Exception {
        Scan first = scan(inputs.get(0), 0);
        boolean reads = InputFailures.naming(first.input(),
                () -> first.settings().file().format().reads());
        if (reads) {
            return List.of(sampleReads(inputs, first));
        }
        if (inputs.size() > 1 || fraction != null || bases != null || interleaved
                || layout == SampleLayout.fastq) {
            throw new UsageException("a second INPUT, --fraction, --bases, --interleaved and"
                    + " --format fastq are for FASTQ reads; " + first.input() + " is not FASTQ");
        }
        format = SampleLayout.windows(layout);
        return List.of(InputFailures.naming(first.input(), () -> pass(first)));
    }

    @Override
    void publish(SampleRows result, OutputTarget target) throws IOException {
        if (result instanceof SampleRows.Reads reads && reads.paired()) {
            // the second is published inside the first's write: a failed check or write leaves
            // neither (only the first's rename comes after the second's)
            target.write(first -> secondTarget.write(second -> reads.writePairsTo(first, second)));
            return;
        }
        super.publish(result, target);
    }

    @Override
    SampleRows pass(Scan in) throws Exception {
        if (count == 0) {
            Invocation.current().err().println("mapchunk: --count 0: nothing to draw, the output is empty");
        }
        long runSeed = runSeed();
        FastaIndex index = index(in);
        if (scan) {
            List<SampleRow> rows = ScanSampleJob.run(in.environment(), in.settings(), index, where,
                    runSeed, (int) (long) count, in.progress("sample --scan"));
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

    /** The seed: {@code --seed}, or a fresh one, printed so that the run can be repeated. */
    private long runSeed() {
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        if (seed == null) {
            Invocation.current().err().println("mapchunk: seed " + runSeed + " (repeat with --seed " + runSeed + ")");
        }
        return runSeed;
    }

    /** {@code sample} of FASTQ reads: of one file, an interleaved one, or a pair of files. */
    private SampleRows sampleReads(List<InputLocation> inputs, Scan first) throws Exception {
        SampleReadFormat readFormat = SampleLayout.reads(layout);
        if (length != 1 || withoutReplacement || excludeN || perSequence || scan
                || where != ScanPredicate.any || writeIndex || readFormat == null) {
            throw new UsageException("sample of FASTQ reads takes -n, --fraction or --bases,"
                    + " --interleaved and --format fastq|fasta; not -l, --without-replacement,"
                    + " --exclude-n, --per-sequence, --scan, --where, --write-index or --format"
                    + " bed|tsv");
        }
        List<Scan> scans = new ArrayList<>(List.of(first));
        if (inputs.size() == 2) {
            Scan second = scan(inputs.get(1), 1);
            boolean reads = InputFailures.naming(second.input(),
                    () -> second.settings().file().format().reads());
            if (!reads) {
                throw new InputFileException(second.input() + ": not FASTQ; the mate of "
                        + first.input() + " must be FASTQ reads too");
            }
            scans.add(second);
            secondTarget = target(outputs.get(1), inputs);
        }
        if (count != null && count == 0) {
            Invocation.current().err().println("mapchunk: --count 0: nothing to draw, the output is empty");
        }
        ReadSampleJob.Mode mode = count != null ? ReadSampleJob.Mode.COUNT
                : fraction != null ? ReadSampleJob.Mode.FRACTION : ReadSampleJob.Mode.BASES;
        ReadSampleJob.Request request = new ReadSampleJob.Request(mode,
                count == null ? 0 : count, fraction == null ? 0 : fraction,
                bases == null ? 0 : bases, runSeed(), interleaved, readFormat);
        List<ReadSampleJob.Input> jobInputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Scan scan : scans) {
            jobInputs.add(new ScanInput(scan));
            names.add(scan.input().toString());
        }
        ReadSampleJob.Output output = ReadSampleJob.run(first.environment(), jobInputs, request);
        String what = interleaved || scans.size() == 2 ? "pairs" : "reads";
        if (mode == ReadSampleJob.Mode.COUNT && count > output.units()) {
            Invocation.current().err().println("mapchunk: only " + output.units() + " " + what
                    + " in " + String.join(" and ", names) + "; all of them are written");
        }
        if (mode == ReadSampleJob.Mode.BASES && output.taken() == output.units()) {
            Invocation.current().err().println("mapchunk: " + String.join(" and ", names)
                    + " hold fewer than " + bases + " bases; all " + what + " are written");
        }
        return new SampleRows.Reads(output, names, readFormat.lines(), interleaved);
    }

    /** An input of {@link ReadSampleJob} as a {@link Scan} of this command. */
    private record ScanInput(Scan scan) implements ReadSampleJob.Input {
        @Override
        public String name() {
            return scan.input().toString();
        }

        @Override
        public JobSettings settings() {
            return scan.settings();
        }

        @Override
        public ProgressListener progress(String pass) {
            return scan.progress(pass);
        }

        @Override
        public <T> T naming(Callable<T> job) throws Exception {
            return InputFailures.naming(scan.input(), job);
        }
    }

    @Override
    void checkOptions() {
        int modes = (count != null ? 1 : 0) + (fraction != null ? 1 : 0) + (bases != null ? 1 : 0);
        if (modes == 0) {
            throw new UsageException("Missing required option: '--count=K' (or, on FASTQ reads,"
                    + " '--fraction=F' or '--bases=B')");
        }
        if (modes > 1) {
            throw new UsageException("-n, --fraction and --bases exclude each other");
        }
        if (fraction != null && !(fraction >= 0 && fraction <= 1)) {
            throw new UsageException("--fraction must be between 0 and 1, not " + fraction);
        }
        int outputCount = outputs == null ? 0 : outputs.size();
        if (inputFiles.size() == 2 && outputCount != 2) {
            throw new UsageException("two inputs (FASTQ files of pairs) need two outputs:"
                    + " -o OUT_1 -o OUT_2");
        }
        if (outputCount == 2 && outputs.get(0).equals(outputs.get(1))) {
            throw new UsageException("the two outputs are one file: " + outputs.get(0));
        }
        if (inputFiles.size() == 1 && outputCount > 1) {
            throw new UsageException("one INPUT has one output; -o is given " + outputCount
                    + " times");
        }
        if (inputFiles.size() == 2 && interleaved) {
            throw new UsageException("--interleaved takes one INPUT, whose reads 2i and 2i+1 are"
                    + " mates");
        }
        if (count != null && count < 0) {
            throw new UsageException("--count must be at least 0");
        }
        if (scan && count != null && count > Integer.MAX_VALUE) {
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
        InputLocation input = in.input();
        if (writeIndex && obtained.built()) {
            CompressedInput.writeGzi(input);
            OutputTarget.file(input.withSuffix(".fai"), input).write(obtained.index()::write);
        }
        return obtained.index();
    }
}
