package io.mapchunk.analysis;

import io.mapchunk.format.InputFileException;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts split-local parts back in file order and decides which record each belongs to.
 *
 * <p>A {@link PartKind#NAMED} part opens a new record. A {@link PartKind#CARRY} part continues the
 * record open before its split. A {@link PartKind#LEAD} part does too, unless the previous split
 * ended inside a header line, in which case its bytes are the header's tail and are dropped.
 */
public final class PartResolver {

    private PartResolver() {}

    /** One part and the record (ordinal in file order, name) it belongs to. */
    public record Resolved<P extends SplitPart>(P part, long ordinal, String name) {}

    /**
     * Resolves every part of a file read as {@code splits} splits; parts dropped as header tails
     * are left out. Fails unless every split delivered each of its parts exactly once.
     */
    public static <P extends SplitPart> List<Resolved<P>> resolve(List<P> parts, int splits,
            String path, java.util.function.ToLongFunction<P> lengthOf) {
        List<P> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt((P p) -> p.split()).thenComparingInt(SplitPart::part));
        requireComplete(sorted, splits, path);
        List<Resolved<P>> resolved = new ArrayList<>(sorted.size());
        SplitEnd previousEnd = SplitEnd.SEQUENCE;
        SplitEnd splitEnd = null;
        long ordinal = -1;
        String name = null;
        int currentSplit = -1;
        for (P part : sorted) {
            if (part.split() != currentSplit) {
                if (currentSplit >= 0 && splitEnd == null) {
                    throw new IllegalStateException("split " + currentSplit + " has no end marker");
                }
                if (splitEnd != null && splitEnd != SplitEnd.INHERIT) {
                    previousEnd = splitEnd;
                }
                currentSplit = part.split();
                splitEnd = null;
            }
            if (part.lastInSplit()) {
                splitEnd = part.splitEnd();
            }
            if (part.kind() == PartKind.NAMED) {
                ordinal++;
                name = part.name();
            } else if (part.kind() == PartKind.LEAD && previousEnd == SplitEnd.HEADER) {
                continue;
            }
            if (ordinal < 0) {
                if (lengthOf.applyAsLong(part) > 0) {
                    throw new InputFileException(path + ": sequence data before the first '>' header");
                }
                continue;
            }
            resolved.add(new Resolved<>(part, ordinal, name));
        }
        return resolved;
    }

    /**
     * Each split 0..splits-1 present and ended by exactly one last part, no part twice. (Part
     * numbers may have gaps: a reader skips parts that hold no bytes.)
     */
    private static void requireComplete(List<? extends SplitPart> sorted, int splits, String path) {
        int split = 0;
        int previousPart = -1;
        for (SplitPart part : sorted) {
            if (part.split() != split || part.part() <= previousPart) {
                throw incomplete(path, Math.min(split, part.split()));
            }
            previousPart = part.part();
            if (part.lastInSplit()) {
                split++;
                previousPart = -1;
            }
        }
        if (split != splits || previousPart != -1) {
            throw incomplete(path, split);
        }
    }

    private static IllegalStateException incomplete(String path, int split) {
        return new IllegalStateException(path + ": the result of split " + split
                + " is missing or was delivered twice; nothing is written");
    }
}
