package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code mapchunk index}: writes {@code INPUT.fai}, byte-identical to {@code samtools faidx}. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Write INPUT.fai (samtools faidx layout: NAME LENGTH OFFSET LINEBASES"
                + " LINEWIDTH) in one parallel pass.")
final class IndexCommand extends ScanCommand<FastaIndex> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "FASTA or raw sequence file.")
    InputLocation input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the index here (default: INPUT.fai; '-' for stdout).")
    String output;

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    boolean readsByPosition() {
        return true;
    }

    @Override
    InputLocation output() {
        return "-".equals(output) ? null
                : output == null ? input.withSuffix(".fai") : InputLocation.of(output);
    }

    @Override
    FastaIndex pass(Scan in) throws Exception {
        if (output == null) {
            CompressedInput.writeGzi(input);
        }
        return IndexJob.run(in.environment(), in.settings(), in.progress("index"));
    }

    @Override
    OutputWriter<FastaIndex> writer() {
        return (index, out) -> index.write(out);
    }

    @Override
    Map<String, Long> recordCounts(FastaIndex index) {
        return Map.of("sequences", (long) index.size(),
                "bases", index.entries().stream().mapToLong(FaiEntry::length).sum());
    }
}
