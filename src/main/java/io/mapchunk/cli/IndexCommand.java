package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code mapchunk index}: writes {@code INPUT.fai}, byte-identical to {@code samtools faidx}. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Write INPUT.fai (samtools faidx layout: NAME LENGTH OFFSET LINEBASES"
                + " LINEWIDTH) in one parallel pass.")
final class IndexCommand implements Callable<Integer> {

    @ParentCommand
    MapchunkCli parent;

    @Parameters(index = "0", paramLabel = "INPUT", description = "FASTA or raw sequence file.")
    InputLocation input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the index here (default: INPUT.fai; '-' for stdout).")
    String output;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        CompressedInput.refuseGzip(input);
        OutputTarget target = "-".equals(output) ? OutputTarget.stdout()
                : OutputTarget.file(output == null ? input.withSuffix(".fai")
                        : InputLocation.of(output), input);
        if (output == null) {
            CompressedInput.writeGzi(input);
        }
        FastaIndex index = IndexJob.run(parent.environment(), job.settings(input),
                job.progress("index " + input.fileName()));
        target.write(index::write);
        return 0;
    }
}
