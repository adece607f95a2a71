package io.mapchunk.cli;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.cli.output.GcFormat;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.GcJob;
import io.mapchunk.job.IndexJob;
import io.mapchunk.runtime.JobSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "FASTA, UCSC .2bit or raw sequence file (local path or file system URI).")
    InputLocation input;

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
    InputLocation output;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        CompressedInput.noteStreamed(input);
        WindowSpec spec = GcWindows.spec(window, step == null ? window : step);
        OutputTarget target = output == null ? OutputTarget.stdout() : OutputTarget.file(output, input);
        JobSettings settings = job.settings(input);
        GcJob.Result result = InputFailures.naming(input, () -> {
            FastaIndex index = IndexJob.obtain(parent.environment(), settings,
                    job.progress("index " + input.fileName())).index();
            GcWindows.checkMemory(index, spec);
            return GcJob.run(parent.environment(), settings, index, spec,
                    job.progress("gc " + input.fileName()));
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
}
