package io.mapchunk.cli;

import io.mapchunk.cli.output.FaCountFormat;
import io.mapchunk.cli.output.JsonCountFormat;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.PositionJsonFormat;
import io.mapchunk.cli.output.PositionTsvFormat;
import io.mapchunk.cli.output.SeqtkCompFormat;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.CountJob;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.PositionJob;
import io.mapchunk.job.PositionResult;
import io.mapchunk.job.RecordTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code mapchunk count}: base composition per sequence and in total. */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count bases per sequence and in total (A C G T N, IUPAC, lowercase, CpG, GC);"
                + " for FASTQ reads, the total only, or with --per-position per read position.")
final class CountCommand extends ScanCommand<CountCommand.Counted> {

    private static final Logger LOG = LoggerFactory.getLogger(CountCommand.class);

    /** Output layouts. */
    enum Format {
        facount(new FaCountFormat(), FaCountFormat.COLUMNS),
        seqtk(new SeqtkCompFormat(), SeqtkCompFormat.COLUMNS),
        json(new JsonCountFormat(), JsonCountFormat.COLUMNS);

        final OutputWriter<CountResult> writer;
        /** What the writer reads, so what the pass counts. */
        final Set<RecordTable.Column<?>> columns;

        Format(OutputWriter<CountResult> writer, Set<RecordTable.Column<?>> columns) {
            this.writer = writer;
            this.columns = columns;
        }
    }

    /** A count's result: the composition per record, or with {@code --per-position} the table. */
    record Counted(@Nullable CountResult records, @Nullable PositionResult positions) {}

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "FASTA, FASTQ, UCSC .2bit or raw sequence file (local path or file system"
                    + " URI).")
    InputLocation input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "facount",
            description = "facount (default), seqtk (seqtk comp's 13 columns) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    @Option(names = "--per-position",
            description = "FASTQ only: base content and quality per read position, as FastQC"
                    + " --nogroup computes them (tsv, or --format json).")
    boolean perPosition;

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    void checkOptions() {
        if (perPosition && format == Format.seqtk) {
            throw new UsageException("--per-position writes a table or json, not --format seqtk");
        }
    }

    @Override
    Counted pass(Scan in) throws Exception {
        if (perPosition) {
            if (!in.settings().file().format().reads()) {
                throw new UsageException("--per-position needs a FASTQ input; " + in.input()
                        + " is " + in.settings().file().format().name());
            }
            return new Counted(null, PositionJob.run(in.environment(), in.settings(),
                    in.progress("count")));
        }
        CountResult result = CountJob.run(in.environment(), in.settings(), in.progress("count"),
                format.columns);
        LOG.info("counted {} bytes in {} s (job {} s)", result.figures().inputBytes(),
                result.figures().wallSeconds(), result.figures().jobSeconds());
        return new Counted(result, null);
    }

    @Override
    OutputWriter<Counted> writer() {
        if (perPosition) {
            OutputWriter<PositionResult> table = format == Format.json ? new PositionJsonFormat()
                    : new PositionTsvFormat();
            return (counted, out) -> table.write(counted.positions(), out);
        }
        return (counted, out) -> format.writer.write(counted.records(), out);
    }

    @Override
    Map<String, Long> recordCounts(Counted counted) {
        if (counted.positions() != null) {
            return Map.of("positions", (long) counted.positions().table().rows());
        }
        CountResult result = counted.records();
        long records = result.reads() != null ? result.reads().reads() : result.records().size();
        return Map.of(result.reads() != null ? "reads" : "sequences", records,
                "bases", result.total().length);
    }
}
