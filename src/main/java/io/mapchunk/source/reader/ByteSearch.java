package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.Bytes;
import io.mapchunk.io.FileMapping;
import io.mapchunk.io.VectorApi;

import java.nio.ByteBuffer;

/**
 * Word-at-a-time (SWAR) search for line terminators and header marks in a mapped region; header
 * marks a vector at a time where the Vector API is enabled.
 */
@Internal
final class ByteSearch {

    private static final long MARKS = Bytes.broadcast('>');
    /** Whether {@link #findHeader} scans with {@link VectorHeaderSearch}. */
    private static final boolean VECTOR = VectorApi.enabled();

    private ByteSearch() {}

    /** First offset in {@code [from, to)} holding {@code \n} or {@code \r}, or -1. */
    static long findTerminator(FileMapping region, long from, long to) {
        int i = (int) (from - region.fileOffset());
        int end = (int) (to - region.fileOffset());
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long hits = Bytes.lineEndBytes(region.longAt(i));
            if (hits != 0) {
                return region.fileOffset() + i + Bytes.firstByte(hits);
            }
        }
        for (; i < end; i++) {
            if (Bytes.isLineEnd(region.get(i))) {
                return region.fileOffset() + i;
            }
        }
        return -1;
    }

    /**
     * First offset in {@code [from, to)} holding a {@code >} at the start of a line, or -1.
     * {@code lineStartAtRegion} says whether the region's first byte starts a line.
     */
    static long findHeader(FileMapping region, long from, long to, boolean lineStartAtRegion) {
        int i = (int) (from - region.fileOffset());
        int end = (int) (to - region.fileOffset());
        if (VECTOR) {
            ByteBuffer bytes = region.view(region.fileOffset(), region.size());
            for (int at = VectorHeaderSearch.findMark(bytes, i, end); at < end;
                    at = VectorHeaderSearch.findMark(bytes, at + 1, end)) {
                if (startsLine(region, at, lineStartAtRegion)) {
                    return region.fileOffset() + at;
                }
            }
            return -1;
        }
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long hits = Bytes.matchBytes(region.longAt(i), MARKS);
            while (hits != 0) {
                int at = i + Bytes.firstByte(hits);
                if (startsLine(region, at, lineStartAtRegion)) {
                    return region.fileOffset() + at;
                }
                hits &= hits - 1;
            }
        }
        for (; i < end; i++) {
            if (region.get(i) == '>' && startsLine(region, i, lineStartAtRegion)) {
                return region.fileOffset() + i;
            }
        }
        return -1;
    }

    private static boolean startsLine(FileMapping region, int at, boolean lineStartAtRegion) {
        return at == 0 ? lineStartAtRegion : Bytes.isLineEnd(region.get(at - 1));
    }
}
