package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.generate.GenomeLayout;
import io.mapchunk.generate.SyntheticGenome;
import io.mapchunk.generate.TwoBitGenome;
import picocli.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mapchunk generate}: a deterministic human-like synthetic genome for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic genome: the 24 GRCh38 chromosomes scaled to"
                + " SIZE, ~41%% GC, ~40%% lowercase runs, N runs at ends and centromeres, rare IUPAC"
                + " codes.")
final class GenerateCommand implements Callable<Integer>, RecordCounting {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateCommand.class);

    /** Output layouts; {@code 2bit} on the command line is {@link #twobit}. */
    enum Format { fasta, raw, twobit }

    /** Reads {@code --format}: an output layout's name, or {@code 2bit}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return "2bit".equals(value) ? Format.twobit : Format.valueOf(value);
        }
    }

    @Option(names = "--size", paramLabel = "SIZE", required = true, converter = SizeConverter.class,
            description = "Approximate output size, e.g. 64m, 3g.")
    long size;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "fasta",
            converter = FormatConverter.class,
            description = "fasta (default), raw (bases only, no headers) or 2bit (UCSC .2bit of"
                    + " the same bases as the FASTA of the same options; IUPAC codes become N).")
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

    private Map<String, Long> recordCounts = Map.of();

    @Override
    public Integer call() throws Exception {
        if (lineWidth < 0 || lineWidth > (1 << 20)) {
            throw new UsageException("--line-width must be between 0 and 1048576");
        }
        OutputTarget target = output == null ? OutputTarget.stdout() : OutputTarget.file(output, null);
        GenomeLayout layout = GenomeLayout.human(size, lineWidth);
        SyntheticGenome genome = new SyntheticGenome(layout,
                format == Format.fasta ? SyntheticGenome.Format.FASTA : SyntheticGenome.Format.RAW,
                lineWidth, seed);
        TwoBitGenome twoBit = new TwoBitGenome(layout, seed);
        long started = System.nanoTime();
        long[] written = new long[1];
        target.write(out -> written[0] = format == Format.twobit ? twoBit.writeTo(out)
                : genome.writeTo(out));
        LOG.info("generated {} bytes in {} s", written[0], (System.nanoTime() - started) / 1e9);
        recordCounts = Map.of("sequences", (long) layout.records().size(), "bytes", written[0]);
        return 0;
    }

    @Override
    public Map<String, Long> recordCounts() {
        return recordCounts;
    }
}
