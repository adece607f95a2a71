package io.mapchunk.stitch;

import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.InputFileException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Puts split-local parts back in file order and decides which record each belongs to: the one
 * place where a reader's view of its split becomes the file's records.
 *
 * <p>A {@link PartKind#NAMED} part opens a new record. A {@link PartKind#CARRY} part continues the
 * record open before its split. A {@link PartKind#LEAD} part does too, unless the previous split
 * ended inside a header line, in which case its bytes are the header's tail and are dropped.
 */
@Internal
public final class Stitcher {

    private Stitcher() {}

    /** A part's value at its place, as a subtask made it. */
    public record Placed<P>(PartPlace place, P value) {}

    /**
     * A part's value with the record it belongs to: ordinal in file order, name, and whether the
     * name is indented in its header ({@link PartPlace#nameIndented()}).
     */
    public record Stitched<P>(PartPlace place, P value, long ordinal, String name,
            boolean nameIndented) {}

    /**
     * Stitches every part of a file read as {@code splits} splits; parts dropped as header tails
     * are left out. Fails unless every split delivered each of its parts exactly once, and when a
     * part before the first header holds data ({@code dataOf} above zero).
     */
    public static <P> List<Stitched<P>> stitch(List<Placed<P>> parts, int splits, String path,
            ToLongFunction<P> dataOf) {
        List<Placed<P>> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt((Placed<P> p) -> p.place().split())
                .thenComparingInt(p -> p.place().part()));
        requireComplete(sorted, splits);
        List<Stitched<P>> stitched = new ArrayList<>(sorted.size());
        SplitEnd previousEnd = SplitEnd.SEQUENCE;
        SplitEnd splitEnd = null;
        long ordinal = -1;
        String name = null;
        boolean indented = false;
        int currentSplit = -1;
        for (Placed<P> placed : sorted) {
            PartPlace place = placed.place();
            if (place.split() != currentSplit) {
                if (splitEnd != null && splitEnd != SplitEnd.INHERIT) {
                    previousEnd = splitEnd;
                }
                currentSplit = place.split();
                splitEnd = null;
            }
            if (place.lastInSplit()) {
                splitEnd = place.splitEnd();
            }
            if (place.kind() == PartKind.NAMED) {
                ordinal++;
                name = place.name();
                indented = place.nameIndented();
            } else if (place.kind() == PartKind.LEAD && previousEnd == SplitEnd.HEADER) {
                continue;
            }
            if (ordinal < 0) {
                if (dataOf.applyAsLong(placed.value()) > 0) {
                    throw new InputFileException(path + ": sequence data before the first '>' header");
                }
                continue;
            }
            stitched.add(new Stitched<>(place, placed.value(), ordinal, name, indented));
        }
        return stitched;
    }

    /**
     * Each split 0..splits-1 present and ended by exactly one last part, no part twice. (Part
     * numbers may have gaps: a reader skips parts that hold no bytes.)
     */
    private static void requireComplete(List<? extends Placed<?>> sorted, int splits) {
        int split = 0;
        int previousPart = -1;
        for (Placed<?> placed : sorted) {
            PartPlace place = placed.place();
            if (place.split() != split || place.part() <= previousPart) {
                throw incomplete(Math.min(split, place.split()));
            }
            previousPart = place.part();
            if (place.lastInSplit()) {
                if (place.splitEnd() == null) {
                    throw new IllegalStateException("split " + split + " has no end marker");
                }
                split++;
                previousPart = -1;
            }
        }
        if (split != splits || previousPart != -1) {
            throw incomplete(split);
        }
    }

    private static IllegalStateException incomplete(int split) {
        return new IllegalStateException("the result of split " + split
                + " is missing or was delivered twice; nothing is written");
    }
}
