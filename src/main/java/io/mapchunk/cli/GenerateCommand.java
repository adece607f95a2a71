package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.generate.GenomeLayout;
import io.mapchunk.generate.SyntheticGenome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mapchunk generate}: a deterministic human-like synthetic genome for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic genome: the 24 GRCh38 chromosomes scaled to"
                + " SIZE, ~41%% GC, ~40%% lowercase runs, N runs at ends and centromeres, rare IUPAC"
                + " codes.")
final class GenerateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateCommand.class);

    /** Output layouts. */
    enum Format { fasta, raw }

    @Option(names = "--size", paramLabel = "SIZE", required = true, converter = SizeConverter.class,
            description = "Approximate output size, e.g. 64m, 3g.")
    long size;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "fasta",
            description = "fasta (default) or raw (bases only, no headers).")
    Format format;

    @Option(names = "--line-width", paramLabel = "N", defaultValue = "60",
            description = "Bases per line; 0 for no line breaks (default: 60).")
    int lineWidth;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed; the same seed and options give the same bytes (default: 1).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (lineWidth < 0 || lineWidth > (1 << 20)) {
            throw new UsageException("--line-width must be between 0 and 1048576");
        }
        OutputTarget target = output == null ? OutputTarget.stdout() : OutputTarget.file(output, null);
        SyntheticGenome genome = new SyntheticGenome(GenomeLayout.human(size, lineWidth),
                format == Format.fasta ? SyntheticGenome.Format.FASTA : SyntheticGenome.Format.RAW,
                lineWidth, seed);
        long started = System.nanoTime();
        long[] written = new long[1];
        target.write(out -> written[0] = genome.writeTo(out));
        LOG.info("generated {} bytes in {} s", written[0], (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
