package io.mapchunk.cli.output;

import io.mapchunk.analysis.count.BaseCounts;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.job.CountResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code seqtk comp}'s 13 columns: chr, length, #A, #C, #G, #T, #2, #3, #4, #CpG, #tv, #ts,
 * #CpG-ts. #CpG counts bases in (C|Y)(G|R) context (two per pair); #tv are M S W K, #ts are R Y.
 */
public final class SeqtkCompFormat implements CountFormat {

    @Override
    public void write(CountResult result, OutputStream out) throws IOException {
        BufferedWriter writer = TextRows.writer(out);
        for (SequenceCount record : result.records()) {
            BaseCounts c = record.counts();
            writer.write(record.name() + '\t' + c.length + '\t' + c.a + '\t' + c.c + '\t' + c.g
                    + '\t' + c.t + '\t' + c.iupac2() + '\t' + c.iupac3() + '\t' + c.iupac4OrOther()
                    + '\t' + 2 * c.cpgContextPairs + '\t' + (c.s + c.w + c.k + c.m) + '\t'
                    + (c.r + c.y) + '\t' + c.cpgContextTransitions + '\n');
        }
        writer.flush();
    }
}
