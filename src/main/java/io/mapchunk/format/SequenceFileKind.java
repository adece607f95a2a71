package io.mapchunk.format;

/** How sequence is laid out in an input file. */
public enum SequenceFileKind {
    /** Records of a {@code >name} header line followed by sequence lines. */
    FASTA,
    /** Bases only, no header: the whole file is one sequence named after the file. */
    RAW,
    /** UCSC {@code .2bit}: packed bases with N and mask block lists ({@link TwoBitFile}). */
    TWO_BIT
}
