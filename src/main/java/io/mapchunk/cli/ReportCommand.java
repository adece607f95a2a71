package io.mapchunk.cli;

import io.mapchunk.analysis.gc.WindowSpec;
import io.mapchunk.cli.output.HtmlReport;
import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.io.InputLocation;
import io.mapchunk.job.IndexJob;
import io.mapchunk.job.ReportJob;
import io.mapchunk.runtime.JobSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code mapchunk report}: composition table and GC plots in one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page: run figures, per-sequence composition"
                + " and a GC plot per sequence.")
final class ReportCommand implements Callable<Integer> {

    /** Points per plot the automatic window aims at, for the longest sequence. */
    static final long POINTS = 500;

    @ParentCommand
    MapchunkCli parent;

    @Parameters(index = "0", paramLabel = "INPUT", description = "FASTA or raw sequence file.")
    InputLocation input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write (atomically).")
    InputLocation output;

    @Option(names = {"-w", "--window"}, paramLabel = "BASES", converter = BasesConverter.class,
            description = "GC window (default: the longest sequence / 500, rounded to 1, 2 or 5"
                    + " times a power of ten).")
    Long window;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() throws Exception {
        CompressedInput.noteStreamed(input);
        OutputTarget target = OutputTarget.file(output, input);
        JobSettings settings = job.settings(input);
        String name = input.fileName();
        ReportJob.Report report = InputFailures.naming(input, () -> {
            FastaIndex index = IndexJob.obtain(parent.environment(), settings,
                    job.progress("index " + input.fileName())).index();
            long w = window != null ? window : autoWindow(index);
            WindowSpec spec = GcWindows.spec(w, w);
            GcWindows.checkMemory(index, spec);
            return ReportJob.run(parent.environment(), settings, index, spec,
                    job.progress("report " + name));
        });
        target.write(out -> HtmlReport.write(report.counts(), report.windows(), out));
        return 0;
    }

    /** The longest sequence over {@link #POINTS}, rounded up to 1, 2 or 5 times a power of ten. */
    static long autoWindow(FastaIndex index) {
        long longest = index.entries().stream().mapToLong(FaiEntry::length).max().orElse(0);
        long target = Math.max(1, (longest + POINTS - 1) / POINTS);
        for (long power = 1; ; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power >= target) {
                    return factor * power;
                }
            }
        }
    }
}
