package io.mapchunk.format;

import io.mapchunk.io.Bytes;
import io.mapchunk.io.InputFileException;

/**
 * The byte classes the text formats recognise themselves by, and the one line for a file no
 * format recognises: the common wrong inputs (compressed files, BAM, a FASTQ after blank lines) are named instead of
 * being counted as garbage.
 */
final class ContentSniffer {

    private ContentSniffer() {}

    /** The offset of the first byte that is not white space, or {@code length}. */
    static int firstNonSpace(byte[] head, int length) {
        int first = 0;
        while (first < length && isSpace(head[first])) {
            first++;
        }
        return first;
    }

    /** The offset of the first byte from {@code from} neither a sequence letter nor a space, or -1. */
    static int firstForeignByte(byte[] head, int from, int length) {
        for (int i = from; i < length; i++) {
            byte b = head[i];
            if (!isSequenceLetter(b) && !isSpace(b)) {
                return i;
            }
        }
        return -1;
    }

    /** Why no format recognises {@code head}, as the one line the user sees. */
    static InputFileException unrecognized(String name, byte[] head, int length) {
        String known = knownBinaryFormat(head, length);
        if (known != null) {
            return new InputFileException(name + ": looks like " + known
                    + ", which is not supported; give a FASTA, FASTQ, .2bit or raw sequence file");
        }
        int first = firstNonSpace(head, length);
        if (first < length && head[first] == '@') {
            return new InputFileException(name + ": looks like FASTQ, but blank lines come before"
                    + " its first record");
        }
        int foreign = Math.max(first, firstForeignByte(head, first, length));
        return new InputFileException(String.format(
                "%s: not a FASTA, FASTQ or raw sequence file (byte 0x%02x at offset %d)",
                name, head[foreign] & 0xff, foreign));
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
