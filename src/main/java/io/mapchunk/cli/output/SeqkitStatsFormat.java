package io.mapchunk.cli.output;

import io.mapchunk.analysis.assembly.LengthStats;
import io.mapchunk.analysis.assembly.SeqkitAlphabet;
import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.reads.ReadSummary;
import io.mapchunk.format.NameBytes;
import io.mapchunk.job.StatsResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import static io.mapchunk.cli.output.TextRows.fixed;

/**
 * {@code seqkit stats -a -T} (2.3): a header, then one tab-separated row per file. sum_gap counts
 * the bytes {@code -}, {@code .} and space; GC(%) is (G+C) over all bases; Q20(%) and Q30(%) are
 * the bases of Phred 20 (30) or more over all bases for FASTQ, 0 for FASTA (NaN when there are
 * records but no bases); a file without records has empty format and type and zeros. seqkit names a
 * FASTQ file whose first read is empty "FASTA", and so does this. Averages and percentages are rounded as seqkit rounds them (half up at the last
 * decimal, then printed), quartiles as seqkit computes them ({@link LengthStats}).
 */
public final class SeqkitStatsFormat implements OutputWriter<List<StatsEntry>> {

    static final String HEADER = "file\tformat\ttype\tnum_seqs\tsum_len\tmin_len\tavg_len\tmax_len"
            + "\tQ1\tQ2\tQ3\tsum_gap\tN50\tQ20(%)\tQ30(%)\tGC(%)\n";

    @Override
    public void write(List<StatsEntry> entries, OutputStream out) throws IOException {
        Writer writer = TextRows.writer(out);
        writer.write(HEADER);
        for (StatsEntry entry : entries) {
            writer.write(row(NameBytes.of(entry.file()), entry.stats()));
        }
        writer.flush();
    }

    static String row(String file, StatsResult stats) {
        LengthStats lengths = stats.lengths();
        if (lengths.count() == 0) {
            return file + "\t\t\t0\t0\t0\t0.0\t0\t0.0\t0.0\t0.0\t0\t0\t0.00\t0.00\t0.00\n";
        }
        BaseCounts total = stats.total();
        double sum = lengths.sum();
        ReadSummary reads = stats.reads();
        return String.join("\t", file, format(stats), SeqkitAlphabet.type(stats.firstLetters()),
                String.valueOf(lengths.count()), String.valueOf(lengths.sum()),
                String.valueOf(lengths.min()), fixed(round(lengths.mean(), 1), 1),
                String.valueOf(lengths.max()), fixed(lengths.q1(), 1), fixed(lengths.q2(), 1),
                fixed(lengths.q3(), 1), String.valueOf(total.gap), String.valueOf(lengths.n(50)),
                percent(reads == null ? 0 : reads.basesAtLeast(20), sum),
                percent(reads == null ? 0 : reads.basesAtLeast(30), sum), fixed(round((total.g + total.c) / sum * 100, 2), 2)) + "\n";
    }

    private static String percent(long part, double sum) {
        return fixed(round(part / sum * 100, 2), 2);
    }

    /**
     * seqkit's name for the file's format; a raw sequence file (which seqkit refuses) is "raw", a
     * FASTQ file whose first read is empty "FASTA" (seqkit tells the format from the first record's
     * qualities).
     */
    static String format(StatsResult stats) {
        if (stats.reads() != null && stats.reads().firstReadLength() == 0) {
            return "FASTA";
        }
        return stats.file().format().name();
    }

    /** seqkit's rounding ({@code util/math.Round}): truncate {@code value + 0.5 / 10^n} at n decimals. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double shifted = (value + 0.5 / scale) * scale;
        return (shifted < 0 ? Math.ceil(shifted) : Math.floor(shifted)) / scale;
    }
}
