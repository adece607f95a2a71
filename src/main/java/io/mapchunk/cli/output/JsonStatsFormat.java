package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.assembly.SeqkitAlphabet;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.job.StatsResult;
import io.mapchunk.runtime.RunFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The statistics as JSON, {@code {"files": [...]}} with one object per file: seqkit's columns
 * (unrounded; GC as seqkit's, (G+C) over all bases; Q20/Q30 left out, as FASTA has no
 * qualities) and what seqkit lacks: L50, N90, L90,
 * auN, the N runs (gaps in scaffolds: their number and total length), the sequences below 1 kb,
 * and the run's figures.
 */
public final class JsonStatsFormat implements OutputWriter<List<StatsEntry>> {

    /** The length below which a sequence counts as short. */
    public static final long SHORT = 1000;

    @Override
    public void write(List<StatsEntry> entries, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("{\"files\": [");
        String separator = "\n  ";
        for (StatsEntry entry : entries) {
            writer.write(separator + object(entry.file(), entry.stats()));
            separator = ",\n  ";
        }
        writer.write("\n]}\n");
        writer.flush();
    }

    private static String object(String file, StatsResult stats) {
        LengthStats lengths = stats.lengths();
        BaseCounts total = stats.total();
        RunFigures run = stats.figures();
        boolean none = lengths.count() == 0;
        return "{\"file\": " + Json.quote(file)
                + ", \"format\": " + Json.quote(none ? "" : SeqkitStatsFormat.format(stats))
                + ", \"type\": " + Json.quote(SeqkitAlphabet.type(stats.firstLetters()))
                + ", \"num_seqs\": " + lengths.count() + ", \"sum_len\": " + lengths.sum()
                + ", \"min_len\": " + lengths.min()
                + ", \"avg_len\": " + Json.number(none ? 0 : lengths.mean())
                + ", \"max_len\": " + lengths.max() + ", \"Q1\": " + Json.number(lengths.q1())
                + ", \"Q2\": " + Json.number(lengths.q2()) + ", \"Q3\": " + Json.number(lengths.q3())
                + ", \"sum_gap\": " + total.gap + ", \"N50\": " + lengths.n(50)
                + ", \"L50\": " + lengths.l(50) + ", \"N90\": " + lengths.n(90)
                + ", \"L90\": " + lengths.l(90) + ", \"auN\": " + Json.number(lengths.auN())
                + ", \"GC\": " + Json.number(100.0 * (total.g + total.c) / lengths.sum())
                + ", \"n_runs\": {\"count\": " + stats.nRuns() + ", \"length\": " + total.n + "}"
                + ", \"below_1kb\": " + lengths.below(SHORT)
                + ", \"run\": {\"bytes\": " + run.inputBytes()
                + ", \"wall_seconds\": " + Json.number(run.wallSeconds())
                + ", \"job_seconds\": " + Json.number(run.jobSeconds()) + "}}";
    }
}
