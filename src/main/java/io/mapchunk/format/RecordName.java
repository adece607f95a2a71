package io.mapchunk.format;

import io.mapchunk.io.Bytes;

/**
 * How a record's name is read from its FASTA header line, as samtools does (htslib
 * {@code fai_build_core}): blanks after {@code >} are skipped and the name runs to the next blank,
 * where a blank is what C's {@code isspace} accepts. The index build and the check of an existing
 * {@code .fai} both use this rule.
 */
public final class RecordName {

    private RecordName() {}

    /** C's {@code isspace}: space, {@code \t}, {@code \n}, {@code \v} (0x0B), {@code \f}, {@code \r}. */
    public static boolean isBlank(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    /**
     * The name in {@code header} from {@code from} (the byte after {@code >}), bytes as ISO-8859-1
     * chars: blanks are skipped, then the name ends at the next blank or the end of the text; empty
     * if a line end comes first.
     */
    public static String of(CharSequence header, int from) {
        int start = from;
        while (start < header.length() && isBlank(header.charAt(start))
                && !Bytes.isLineEnd(header.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < header.length() && !isBlank(header.charAt(end))) {
            end++;
        }
        return header.subSequence(start, end).toString();
    }
}
