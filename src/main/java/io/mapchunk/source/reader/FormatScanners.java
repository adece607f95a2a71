package io.mapchunk.source.reader;

import io.mapchunk.format.FastaFormat;
import io.mapchunk.format.FastqFormat;
import io.mapchunk.format.RawFormat;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.SequenceFormat;
import io.mapchunk.format.TwoBitFormat;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.annotation.Internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Map;

/**
 * The one place a {@link SequenceFormat} is paired with the scanner that walks its splits (the
 * scanners make {@link io.mapchunk.source.SequenceChunk}s, which the format layer below the source
 * does not know). A reader asks once, with its first split, and keeps what it gets for the rest.
 */
@Internal
public final class FormatScanners {

    /** Opens the scanner of each split of one file. */
    @FunctionalInterface
    public interface Scanners {
        /** The scanner of {@code split}; with a {@code readBuffer} it reads into it, else maps. */
        RegionScanner open(FileChannel channel, GenomeRegionSplit split, ByteBuffer readBuffer)
                throws IOException;
    }

    /** Makes the {@link Scanners} of a file (and what they share across its splits). */
    @FunctionalInterface
    private interface Maker {
        Scanners scanners(SequenceFile file, long mappingSize, int chunkSize);
    }

    private static final Map<Class<? extends SequenceFormat>, Maker> BY_FORMAT = Map.of(
            FastaFormat.class, SplitScanner::scanners,
            FastqFormat.class, FastqScanner::scanners,
            RawFormat.class, SplitScanner::scanners,
            TwoBitFormat.class, TwoBitScanner::scanners);

    private FormatScanners() {}

    /** The scanners of {@code file}'s format, spans of at most {@code mappingSize} bytes. */
    public static Scanners of(SequenceFile file, long mappingSize, int chunkSize) {
        Maker maker = BY_FORMAT.get(file.format().getClass());
        if (maker == null) {
            throw new IllegalStateException("no split scanner for format " + file.format());
        }
        return maker.scanners(file, mappingSize, chunkSize);
    }
}
