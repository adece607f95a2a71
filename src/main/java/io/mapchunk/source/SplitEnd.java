package io.mapchunk.source;

import org.apache.flink.annotation.PublicEvolving;

/** What the byte just past a split's end is part of; decides whether the next split's lead counts. */
@PublicEvolving
public enum SplitEnd {
    /** A sequence line, or the start of a new line. */
    SEQUENCE,
    /** A header line that started in this split and goes on into the next. */
    HEADER,
    /** The split holds no line end at all: same as the end of the split before it. */
    INHERIT
}
