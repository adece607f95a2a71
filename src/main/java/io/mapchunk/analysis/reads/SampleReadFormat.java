package io.mapchunk.analysis.reads;

import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.format.FastqRecord;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * How a sampled read is written: {@code fastq}, its four lines as in the input (the header and
 * {@code +} lines with their text, line ends made {@code \n}), or {@code fasta}, {@code >} and the
 * header's text, then the bases on one line (as {@code seqtk seq -a} writes a read).
 */
public enum SampleReadFormat {
    fastq, fasta;

    /** Appends {@code record}, which lies in {@code bytes}. */
    public void write(FastqRecord record, ByteBuffer bytes, RowBuffer out) throws IOException {
        out.put((byte) (this == fastq ? '@' : '>'));
        out.put(bytes, record.start() + 1, record.nameEnd());
        out.put((byte) '\n');
        out.put(bytes, record.sequenceStart(), record.sequenceEnd());
        out.put((byte) '\n');
        if (this == fasta) {
            return;
        }
        int plus = record.sequenceEnd() + (bytes.get(record.sequenceEnd()) == '\r' ? 2 : 1);
        int plusEnd = record.qualityStart() - 1;
        if (bytes.get(plusEnd - 1) == '\r') {
            plusEnd--;
        }
        out.put(bytes, plus, plusEnd);
        out.put((byte) '\n');
        out.put(bytes, record.qualityStart(), record.qualityStart() + record.length());
        out.put((byte) '\n');
    }

    /** Lines per record in this layout: what a reader of the output steps by. */
    public int lines() {
        return this == fastq ? 4 : 2;
    }
}
