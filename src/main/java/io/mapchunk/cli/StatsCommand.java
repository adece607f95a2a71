package io.mapchunk.cli;

import io.mapchunk.cli.output.JsonStatsFormat;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.SeqkitStatsFormat;
import io.mapchunk.cli.output.StatsEntry;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.StatsJob;
import io.mapchunk.job.StatsResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/**
 * {@code mapchunk stats}: {@code seqkit stats -a -T} per file, or more as JSON. The files are
 * scanned one after another, each by one job on the run's one cluster: each job already reads its
 * file with every slot, so running jobs side by side would only split the slots between them.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Assembly statistics per file: seqkit stats -a -T's columns (num_seqs,"
                + " lengths, quartiles, sum_gap, N50, GC), byte for byte; with --format json also"
                + " L50, N90/L90, auN, N runs and sequences below 1 kb; for FASTQ Q20/Q30 and, in"
                + " json, mean qualities and the read-length histogram.",
                "Files are scanned one after another, one job each (a job uses every slot);"
                        + " the output is written when all are done."})
final class StatsCommand extends ScanCommand<List<StatsEntry>> {

    private static final Logger LOG = LoggerFactory.getLogger(StatsCommand.class);

    /** Output layouts. */
    enum Format {
        tsv(new SeqkitStatsFormat()),
        json(new JsonStatsFormat());

        final OutputWriter<List<StatsEntry>> writer;

        Format(OutputWriter<List<StatsEntry>> writer) {
            this.writer = writer;
        }
    }

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "INPUT",
            description = "FASTA, FASTQ or raw sequence files; each is named in the output as"
                    + " given.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "tsv (default; seqkit stats -a -T's layout) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    @Override
    List<InputLocation> inputs() {
        return inputs.stream().map(InputLocation::of).toList();
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    List<StatsEntry> pass(Scan in) throws Exception {
        String name = inputs.get(in.ordinal());
        StatsResult result = StatsJob.run(in.environment(), in.settings(), in.progress("stats"));
        LOG.info("stats of {}: {} sequences, {} bytes in {} s", name, result.lengths().count(),
                result.figures().inputBytes(), result.figures().wallSeconds());
        return List.of(new StatsEntry(name, result));
    }

    @Override
    List<StatsEntry> joined(List<List<StatsEntry>> results) {
        return results.stream().flatMap(List::stream).toList();
    }

    @Override
    OutputWriter<List<StatsEntry>> writer() {
        return format.writer;
    }

    @Override
    Map<String, Long> recordCounts(List<StatsEntry> entries) {
        return Map.of("files", (long) entries.size(),
                "sequences", entries.stream().mapToLong(e -> e.stats().lengths().count()).sum(),
                "bases", entries.stream().mapToLong(e -> e.stats().lengths().sum()).sum());
    }
}
