package io.mapchunk.format;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputFileException;

/**
 * Decides from the first bytes of a file whether it is FASTA, raw sequence, or something else, and
 * a UCSC .2bit file, and names the common wrong inputs (compressed files, BAM) instead of counting
 * garbage.
 */
final class ContentSniffer {

    private ContentSniffer() {}

    static SequenceFileKind classify(String name, byte[] head, int length) {
        if (TwoBitFile.hasSignature(head, length)) {
            return SequenceFileKind.TWO_BIT;
        }
        String known = knownBinaryFormat(head, length);
        if (known != null) {
            throw new InputFileException(name + ": looks like " + known + ", which is not supported; "
                    + "give an uncompressed FASTA, .2bit or raw sequence file");
        }
        int first = 0;
        while (first < length && isSpace(head[first])) {
            first++;
        }
        if (first == length) {
            return SequenceFileKind.FASTA; // only whitespace: an empty FASTA
        }
        if (head[first] == '>') {
            return SequenceFileKind.FASTA;
        }
        if (head[first] == '@') {
            throw new InputFileException(name + ": looks like FASTQ, which is not supported");
        }
        for (int i = first; i < length; i++) {
            byte b = head[i];
            if (!isSequenceLetter(b) && !isSpace(b)) {
                throw new InputFileException(String.format(
                        "%s: not a FASTA or raw sequence file (byte 0x%02x at offset %d)",
                        name, b & 0xff, i));
            }
        }
        return SequenceFileKind.RAW;
    }

    private static String knownBinaryFormat(byte[] h, int n) {
        if (n >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b) {
            return "a gzip/bgzip file (or BAM)";
        }
        if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return "a zip archive";
        }
        if (n >= 4 && h[0] == 'B' && h[1] == 'A' && h[2] == 'M' && h[3] == 1) {
            return "an uncompressed BAM file";
        }
        if (n >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
            return "a bzip2 file";
        }
        if (n >= 6 && (h[0] & 0xff) == 0xfd && h[1] == '7' && h[2] == 'z' && h[3] == 'X') {
            return "an xz file";
        }
        if (n >= 4 && (h[0] & 0xff) == 0x28 && (h[1] & 0xff) == 0xb5 && (h[2] & 0xff) == 0x2f
                && (h[3] & 0xff) == 0xfd) {
            return "a zstd file";
        }
        return null;
    }

    private static boolean isSpace(byte b) {
        return Bytes.isLineEnd(b) || b == ' ' || b == '\t';
    }

    private static boolean isSequenceLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '-' || b == '*' || b == '.';
    }
}
