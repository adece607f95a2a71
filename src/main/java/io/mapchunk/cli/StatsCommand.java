package io.mapchunk.cli;

import io.mapchunk.cli.output.JsonStatsFormat;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.output.SeqkitStatsFormat;
import io.mapchunk.cli.output.StatsFormat;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.StatsJob;
import io.mapchunk.job.StatsResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mapchunk stats}: {@code seqkit stats -a -T} per file, or more as JSON. The files are
 * scanned one after another, each by one job on the run's one cluster: each job already reads its
 * file with every slot, so running jobs side by side would only split the slots between them.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Assembly statistics per file: seqkit stats -a -T's columns (num_seqs,"
                + " lengths, quartiles, sum_gap, N50, GC), byte for byte; with --format json also"
                + " L50, N90/L90, auN, N runs and sequences below 1 kb.",
                "Files are scanned one after another, one job each (a job uses every slot);"
                        + " the output is written when all are done."})
final class StatsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StatsCommand.class);

    /** Output layouts. */
    enum Format {
        tsv(new SeqkitStatsFormat()),
        json(new JsonStatsFormat());

        final StatsFormat writer;

        Format(StatsFormat writer) {
            this.writer = writer;
        }
    }

    @ParentCommand
    MapchunkCli parent;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "INPUT",
            description = "FASTA or raw sequence files; each is named in the output as given.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "tsv (default; seqkit stats -a -T's layout) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        OutputTarget target = OutputTarget.stdout();
        for (String input : inputs) { // -o checked against every input before any scan
            target = output == null ? target : OutputTarget.file(output, InputLocation.of(input));
        }
        List<StatsFormat.Entry> entries = new ArrayList<>();
        for (String name : inputs) {
            InputLocation input = InputLocation.of(name);
            StatsResult result = InputFailures.naming(input, () -> StatsJob.run(
                    parent.environment(), job.settings(input),
                    job.progress("stats " + input.fileName())));
            LOG.info("stats of {}: {} sequences, {} bytes in {} s", name, result.lengths().count(),
                    result.figures().inputBytes(), result.figures().wallSeconds());
            entries.add(new StatsFormat.Entry(name, result));
        }
        target.write(out -> format.writer.write(entries, out));
        return 0;
    }
}
