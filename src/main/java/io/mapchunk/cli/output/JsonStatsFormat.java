package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.assembly.SeqkitAlphabet;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.reads.ReadSummary;
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
 * (unrounded; GC as seqkit's, (G+C) over all bases) and what seqkit lacks: L50, N90, L90,
 * auN, the sequences below 1 kb, and the run's figures. For records (FASTA) also the N runs (gaps in
 * scaffolds: their number and total length); Q20/Q30 are left out, as FASTA has no qualities. For
 * reads (FASTQ) instead {@code "reads"}: Q20/Q30 (%), the mean quality both ways (the mean error
 * probability turned back into Phred, as seqkit and fastp average it, and the arithmetic mean
 * Phred), and the read-length histogram as {@code [length, reads]} pairs, shortest first.
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

    private static String reads(ReadSummary reads, LengthStats lengths) {
        double sum = lengths.sum();
        StringBuilder out = new StringBuilder(", \"reads\": {\"Q20\": ")
                .append(Json.number(100 * reads.basesAtLeast(20) / sum))
                .append(", \"Q30\": ").append(Json.number(100 * reads.basesAtLeast(30) / sum))
                .append(", \"mean_quality\": ").append(Json.number(reads.meanQualityByError()))
                .append(", \"mean_phred\": ").append(Json.number(reads.meanPhred()))
                .append(", \"length_histogram\": [");
        long[] values = lengths.distinctLengths();
        long[] counts = lengths.lengthCounts();
        for (int j = 0; j < values.length; j++) {
            out.append(j == 0 ? "[" : ", [").append(values[j]).append(", ").append(counts[j])
                    .append(']');
        }
        return out.append("]}").toString();
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
                + (stats.reads() == null ? ", \"n_runs\": {\"count\": " + stats.nRuns()
                        + ", \"length\": " + total.n + "}" : reads(stats.reads(), lengths))
                + ", \"below_1kb\": " + lengths.below(SHORT)
                + ", \"run\": {\"bytes\": " + run.inputBytes()
                + ", \"wall_seconds\": " + Json.number(run.wallSeconds())
                + ", \"job_seconds\": " + Json.number(run.jobSeconds()) + "}}";
    }
}
