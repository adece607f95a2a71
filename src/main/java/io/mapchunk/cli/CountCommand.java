package io.mapchunk.cli;

import io.mapchunk.cli.output.CountFormat;
import io.mapchunk.cli.output.FaCountFormat;
import io.mapchunk.cli.output.JsonCountFormat;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.output.SeqtkCompFormat;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.CountJob;
import io.mapchunk.job.CountResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mapchunk count}: base composition per sequence and in total. */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count bases per sequence and in total (A C G T N, IUPAC, lowercase, CpG, GC).")
final class CountCommand implements Callable<Integer>, RecordCounting {

    private static final Logger LOG = LoggerFactory.getLogger(CountCommand.class);

    /** Output layouts. */
    enum Format {
        facount(new FaCountFormat()),
        seqtk(new SeqtkCompFormat()),
        json(new JsonCountFormat());

        final CountFormat writer;

        Format(CountFormat writer) {
            this.writer = writer;
        }
    }

    @ParentCommand
    MapchunkCli parent;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "FASTA, UCSC .2bit or raw sequence file (local path or file system URI).")
    InputLocation input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "facount",
            description = "facount (default), seqtk (seqtk comp's 13 columns) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    InputLocation output;

    @Mixin
    JobOptions job;

    private Map<String, Long> recordCounts = Map.of();

    @Override
    public Integer call() throws Exception {
        CompressedInput.noteStreamed(input);
        OutputTarget target = output == null ? OutputTarget.stdout() : OutputTarget.file(output, input);
        CountResult result = InputFailures.naming(input, () -> CountJob.run(parent.environment(),
                job.settings(input), job.progress("count " + input.fileName()),
                format == Format.json));
        LOG.info("counted {} bytes in {} s (job {} s)", result.figures().inputBytes(),
                result.figures().wallSeconds(), result.figures().jobSeconds());
        target.write(out -> format.writer.write(result, out));
        recordCounts = Map.of("sequences", (long) result.records().size(),
                "bases", result.total().length);
        return 0;
    }

    @Override
    public Map<String, Long> recordCounts() {
        return recordCounts;
    }
}
