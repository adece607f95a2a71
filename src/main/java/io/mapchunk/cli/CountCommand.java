package io.mapchunk.cli;

import io.mapchunk.cli.output.FaCountFormat;
import io.mapchunk.cli.output.JsonCountFormat;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.SeqtkCompFormat;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.CountJob;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code mapchunk count}: base composition per sequence and in total. */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count bases per sequence and in total (A C G T N, IUPAC, lowercase, CpG, GC);"
                + " for FASTQ reads, the total only.")
final class CountCommand extends ScanCommand<CountResult> {

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

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    CountResult pass(Scan in) throws Exception {
        CountResult result = CountJob.run(in.environment(), in.settings(), in.progress("count"),
                format.columns);
        LOG.info("counted {} bytes in {} s (job {} s)", result.figures().inputBytes(),
                result.figures().wallSeconds(), result.figures().jobSeconds());
        return result;
    }

    @Override
    OutputWriter<CountResult> writer() {
        return format.writer;
    }

    @Override
    Map<String, Long> recordCounts(CountResult result) {
        long records = result.reads() != null ? result.reads().reads() : result.records().size();
        return Map.of(result.reads() != null ? "reads" : "sequences", records,
                "bases", result.total().length);
    }
}
