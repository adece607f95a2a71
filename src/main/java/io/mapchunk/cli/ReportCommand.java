package io.mapchunk.cli;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.cli.output.HtmlReport;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.cli.output.ReadsHtmlReport;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.ReportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * {@code mapchunk report}: assembly statistics, pictures, the per-sequence table and GC plots in
 * one self-contained HTML file, of the same size for 24 chromosomes or 100,000 contigs; for a
 * FASTQ file, the reads' page (summary, per-position quality and content, per-read GC,
 * dinucleotides).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page: summary statistics (N50, ...), run"
                + " figures, length histogram, Nx curve, GC against length, GC along the"
                + " longest sequences (all when there are at most 48), and every sequence"
                + " sorted by length. For FASTQ: reads, lengths, Q20/Q30, quality and base content"
                + " per position, per-read GC and dinucleotides.")
final class ReportCommand extends ScanCommand<ReportCommand.Page> {

    /** Points per plot the automatic window aims at, for the longest sequence. */
    static final long POINTS = 500;
    /** At most about this many windows over the whole genome, so many sequences stay small. */
    static final long MAX_WINDOWS = 200_000;

    /** The page of an assembly or, for a FASTQ input, of its reads. */
    record Page(@Nullable ReportJob.Report assembly, @Nullable ReportJob.ReadsReport reads) {}

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "FASTA, FASTQ, UCSC .2bit or raw sequence file (local path or file"
                    + " system URI).")
    InputLocation input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write (atomically).")
    InputLocation output;

    @Option(names = {"-w", "--window"}, paramLabel = "BASES", converter = BasesConverter.class,
            description = "GC window (default: the longest sequence / 500, or the genome / 200,000"
                    + " if larger, rounded up to 1, 2 or 5 times a power of ten).")
    Long window;

    @Override
    List<InputLocation> inputs() {
        return List.of(input);
    }

    @Override
    InputLocation output() {
        return output;
    }

    @Override
    Page pass(Scan in) throws Exception {
        if (in.settings().file().format().reads()) {
            if (window != null) {
                throw new UsageException("--window is for assemblies; a FASTQ report has no GC"
                        + " windows");
            }
            return new Page(null, ReportJob.runReads(in.environment(), in.settings(),
                    in.progress("report")));
        }
        FastaIndex index = in.index().index();
        long w = window != null ? window : autoWindow(index);
        WindowSpec spec = GcWindows.spec(w, w);
        GcWindows.checkMemory(index, spec);
        return new Page(ReportJob.run(in.environment(), in.settings(), index, spec,
                in.progress("report")), null);
    }

    @Override
    OutputWriter<Page> writer() {
        return (page, out) -> {
            if (page.reads() != null) {
                new ReadsHtmlReport().write(page.reads(), out);
            } else {
                new HtmlReport().write(page.assembly(), out);
            }
        };
    }

    @Override
    Map<String, Long> recordCounts(Page page) {
        if (page.reads() != null) {
            LengthStats lengths = page.reads().summary().lengths();
            return Map.of("reads", lengths.count(), "bases", lengths.sum());
        }
        LengthStats lengths = page.assembly().lengths();
        return Map.of("sequences", (long) lengths.count(), "bases", lengths.sum());
    }

    /**
     * The longest sequence over {@link #POINTS}, or the genome over {@link #MAX_WINDOWS} when that
     * is larger (many short sequences: the bins kept stay few), rounded up to 1, 2 or 5 times a
     * power of ten.
     */
    static long autoWindow(FastaIndex index) {
        long longest = index.entries().stream().mapToLong(FaiEntry::length).max().orElse(0);
        long genome = index.entries().stream().mapToLong(FaiEntry::length).sum();
        long target = Math.max(1, Math.max((longest + POINTS - 1) / POINTS,
                (genome + MAX_WINDOWS - 1) / MAX_WINDOWS));
        for (long power = 1; ; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power >= target) {
                    return factor * power;
                }
            }
        }
    }
}
