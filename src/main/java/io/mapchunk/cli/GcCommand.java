package io.mapchunk.cli;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.cli.output.GcFormat;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.job.GcJob;
import io.mapchunk.job.IndexJob;
import io.mapchunk.job.IndexSource;
import io.mapchunk.job.JobSettings;
import io.mapchunk.job.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mapchunk gc}: GC (or N) fraction per window along every sequence. */
@Command(name = "gc", mixinStandardHelpOptions = true,
        description = "GC fraction per window along every sequence: bedGraph, or bedtools nuc's"
                + " TSV with all base counts.")
final class GcCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(GcCommand.class);

    /** Output layouts. */
    enum Format { bedgraph, tsv }

    @ParentCommand
    MapchunkCli parent;

    @Parameters(index = "0", paramLabel = "INPUT", description = "FASTA or raw sequence file.")
    Path input;

    @Option(names = {"-w", "--window"}, paramLabel = "BASES", required = true,
            converter = BasesConverter.class, description = "Window length in bases (e.g. 1000, 10k = 10000).")
    long window;

    @Option(names = {"-s", "--step"}, paramLabel = "BASES", converter = BasesConverter.class,
            description = "Distance between window starts (default: the window, i.e. tiling).")
    Long step;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "bedgraph",
            description = "bedgraph (default) or tsv (bedtools nuc's columns).")
    Format format;

    @Option(names = "--value", paramLabel = "VALUE", defaultValue = "gc",
            description = "bedGraph value: gc = (G+C)/(A+C+G+T) (default), n = N/window length.")
    GcFormat.Value value;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    Path output;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        WindowSpec spec = spec(window, step == null ? window : step);
        OutputTarget target = output == null ? OutputTarget.stdout() : OutputTarget.file(output, input);
        JobSettings settings = job.settings(input);
        GcJob.Result result = InputFailures.naming(input, () -> {
            FastaIndex index = index(parent, settings, job.progress("index " + input.getFileName()));
            checkMemory(index, spec);
            return GcJob.run(parent.environment(), settings, index, spec,
                    job.progress("gc " + input.getFileName()));
        });
        LOG.info("gc windows of {} bytes in {} s (job {} s)", result.figures().inputBytes(),
                result.figures().wallSeconds(), result.figures().jobSeconds());
        GcTable table = result.table();
        target.write(out -> {
            if (format == Format.tsv) {
                GcFormat.nucTsv(table, out);
            } else {
                GcFormat.bedGraph(table, value, out);
            }
        });
        return 0;
    }

    static WindowSpec spec(long window, long step) {
        if (window <= 0 || step <= 0) {
            throw new UsageException("--window and --step must be positive");
        }
        return new WindowSpec(window, step);
    }

    /** The checked {@code INPUT.fai} when there is one, else one built by a parallel pass. */
    static FastaIndex index(MapchunkCli parent, JobSettings settings, ProgressListener progress)
            throws Exception {
        return IndexSource.existing(settings.input()).isPresent()
                ? IndexSource.existing(settings.input()).get()
                : IndexJob.run(parent.environment(), settings, progress);
    }

    /** Refuses, before the scan, a bin table that cannot fit in half the heap. */
    static void checkMemory(FastaIndex index, WindowSpec spec) {
        long needed = GcTable.bytesNeeded(index, spec);
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (needed > available) {
            throw new UsageException("window " + spec.window() + " / step " + spec.step() + " needs "
                    + (needed >> 20) + " MiB of bins for this genome (" + (available >> 20)
                    + " MiB available): use a larger --window or --step, or more heap");
        }
    }
}
