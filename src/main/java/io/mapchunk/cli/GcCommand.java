package io.mapchunk.cli;

import io.mapchunk.analysis.gc.GcTable;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.cli.output.BedGraphFormat;
import io.mapchunk.cli.output.NucTsvFormat;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputFileException;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.GcJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code mapchunk gc}: GC (or N) fraction per window along every sequence. */
@Command(name = "gc", mixinStandardHelpOptions = true,
        description = "GC fraction per window along every sequence: bedGraph, or bedtools nuc's"
                + " TSV with all base counts.")
final class GcCommand extends ScanCommand<GcTable> {

    private static final Logger LOG = LoggerFactory.getLogger(GcCommand.class);

    /** Output layouts. */
    enum Format {
        bedgraph, tsv;

        /** This layout's writer; a bedGraph carries {@code value}. */
        OutputWriter<GcTable> writer(BedGraphFormat.Value value) {
            return this == tsv ? new NucTsvFormat() : new BedGraphFormat(value);
        }
    }

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
    BedGraphFormat.Value value;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    private WindowSpec spec;

    @Override
    void checkOptions() {
        spec = GcWindows.spec(window, step == null ? window : step);
    }

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    GcTable pass(Scan in) throws Exception {
        if (in.settings().file().format().reads()) {
            throw new InputFileException(in.settings().file().path() + ": FASTQ reads have no"
                    + " sequence to cut into gc windows; count and stats give their GC");
        }
        FastaIndex index = in.index().index();
        GcWindows.checkMemory(index, spec);
        GcJob.Result result = GcJob.run(in.environment(), in.settings(), index, spec,
                in.progress("gc"));
        LOG.info("gc windows of {} bytes in {} s (job {} s)", result.figures().inputBytes(),
                result.figures().wallSeconds(), result.figures().jobSeconds());
        return result.table();
    }

    @Override
    OutputWriter<GcTable> writer() {
        return format.writer(value);
    }

    @Override
    Map<String, Long> recordCounts(GcTable table) {
        long windows = table.index().entries().stream()
                .mapToLong(entry -> (entry.length() + spec.step() - 1) / spec.step()).sum();
        return Map.of("sequences", (long) table.index().size(), "windows", windows);
    }
}
