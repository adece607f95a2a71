package io.mapchunk.cli.output;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.job.CountResult;
import io.mapchunk.job.RecordTable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * {@code seqtk comp}'s 13 columns: chr, length, #A, #C, #G, #T, #2, #3, #4, #CpG, #tv, #ts,
 * #CpG-ts. #CpG counts bases in (C|Y)(G|R) context (two per pair); #tv are M S W K, #ts are R Y.
 *
 * <p>chr is the name as seqtk reads it: the bytes after {@code >} up to the first whitespace of any
 * kind. That is mapchunk's (samtools') name, except that a header starting with a blank
 * ({@code >  chr1}) gives seqtk an empty name; the reader notes which headers do
 * ({@link SequenceCount#nameIndented()}), so no second pass over the file is needed.
 *
 * <p>A reads file (FASTQ) has one row, named {@code total}, for all its reads: seqtk's row per read
 * would be the size of the file again. Its pairs are counted within reads.
 */
public final class SeqtkCompFormat implements OutputWriter<CountResult> {

    /** The columns it writes: base counts only. */
    public static final Set<RecordTable.Column<?>> COLUMNS = Set.of(RecordTable.COUNTS);

    @Override
    public void write(CountResult result, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        for (SequenceCount record : result.records()) {
            row(writer, record.nameIndented() ? "" : record.name(), record.counts());
        }
        if (result.reads() != null) {
            row(writer, "total", result.total());
        }
        writer.flush();
    }

    private static void row(BufferedWriter writer, String name, BaseCounts c) throws IOException {
        writer.write(name + '\t' + c.length + '\t' + c.a + '\t' + c.c + '\t' + c.g + '\t' + c.t
                + '\t' + c.iupac2() + '\t' + c.iupac3() + '\t' + c.iupac4OrOther() + '\t'
                + 2 * c.cpgContextPairs + '\t' + (c.s + c.w + c.k + c.m) + '\t' + (c.r + c.y)
                + '\t' + c.cpgContextTransitions + '\n');
    }
}
