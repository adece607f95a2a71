package io.mapchunk.source;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Which sequence a chunk's bases belong to, as far as its own split can tell.
 *
 * <p>A reader sees only its byte range, so it cannot know the name of a sequence that started in an
 * earlier split, nor whether its first partial line is sequence or the tail of a header line. Those
 * parts are resolved downstream, in file order, by {@code io.mapchunk.stitch.Stitcher}.
 */
@PublicEvolving
public enum PartKind {
    /**
     * Bytes from the split start to the first line end, when the split starts mid-line: sequence of
     * the record open at the split start, or the tail of a header line, depending on how the
     * previous split ended ({@link SplitEnd}).
     */
    LEAD,
    /** Sequence of the record that was open at the split start (named in an earlier split). */
    CARRY,
    /** Sequence of a record whose header starts in this split; the chunk carries its name. */
    NAMED,
    /**
     * Whole records, as their file holds them (header, sequence and quality lines): a format whose
     * records are read whole by the split they start in (FASTQ) needs no stitching.
     */
    RECORDS
}
