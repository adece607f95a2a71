package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.Bytes;
import io.mapchunk.io.FileMapping;
import io.mapchunk.io.VectorApi;

import java.nio.ByteBuffer;

/**
 * Word-at-a-time (SWAR) search for line terminators and header marks in a mapping; header marks a
 * vector at a time ({@link VectorHeaderSearch}) when {@link VectorApi#enabled()}. A static search
 * has no object to make per split, so it asks {@link VectorApi} once, when the class is loaded.
 */
@Internal
final class ByteSearch {

    private static final long MARKS = Bytes.broadcast('>');
    /** Whether {@link #findHeader} scans with {@link VectorHeaderSearch}. */
    private static final boolean VECTOR = VectorApi.enabled();

    private ByteSearch() {}

    /** First offset in {@code [from, to)} holding {@code \n} or {@code \r}, or -1. */
    static long findTerminator(FileMapping mapping, long from, long to) {
        int i = (int) (from - mapping.fileOffset());
        int end = (int) (to - mapping.fileOffset());
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long hits = Bytes.lineEndBytes(mapping.longAt(i));
            if (hits != 0) {
                return mapping.fileOffset() + i + Bytes.firstByte(hits);
            }
        }
        for (; i < end; i++) {
            if (Bytes.isLineEnd(mapping.get(i))) {
                return mapping.fileOffset() + i;
            }
        }
        return -1;
    }

    /**
     * First offset in {@code [from, to)} holding a {@code >} at the start of a line, or -1.
     * {@code lineStartAtMapping} says whether the mapping's first byte starts a line.
     */
    static long findHeader(FileMapping mapping, long from, long to, boolean lineStartAtMapping) {
        int i = (int) (from - mapping.fileOffset());
        int end = (int) (to - mapping.fileOffset());
        if (VECTOR) {
            ByteBuffer bytes = mapping.view(mapping.fileOffset(), mapping.size());
            for (int at = VectorHeaderSearch.findMark(bytes, i, end); at < end;
                    at = VectorHeaderSearch.findMark(bytes, at + 1, end)) {
                if (startsLine(mapping, at, lineStartAtMapping)) {
                    return mapping.fileOffset() + at;
                }
            }
            return -1;
        }
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long hits = Bytes.matchBytes(mapping.longAt(i), MARKS);
            while (hits != 0) {
                int at = i + Bytes.firstByte(hits);
                if (startsLine(mapping, at, lineStartAtMapping)) {
                    return mapping.fileOffset() + at;
                }
                hits &= hits - 1;
            }
        }
        for (; i < end; i++) {
            if (mapping.get(i) == '>' && startsLine(mapping, i, lineStartAtMapping)) {
                return mapping.fileOffset() + i;
            }
        }
        return -1;
    }

    private static boolean startsLine(FileMapping mapping, int at, boolean lineStartAtMapping) {
        return at == 0 ? lineStartAtMapping : Bytes.isLineEnd(mapping.get(at - 1));
    }
}
