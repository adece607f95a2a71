package io.mapchunk.source.reader;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.format.TwoBitBlocks;
import io.mapchunk.format.TwoBitFile;
import io.mapchunk.format.TwoBitRecord;
import io.mapchunk.io.FileMapping;
import io.mapchunk.source.PackedBases;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.PartKind;
import io.mapchunk.source.SplitEnd;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.annotation.Internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Queue;

/**
 * Walks one split of a {@code .2bit} file: a split is a byte range of the file and owns the packed
 * bytes inside it (headers and block lists in it are skipped). Its chunks carry the packed bytes
 * of up to {@code chunkSize} bases ({@link PackedBases}, a multiple of four bases, so each starts
 * on a byte) with the N and mask blocks overlapping them, read from the file's block lists as the
 * split goes; {@link SequenceChunk#fileOffset()} is the logical text offset. A record whose packed
 * bases start in the split opens a {@link PartKind#NAMED} part; bases of a record begun before
 * the split are a {@link PartKind#CARRY} part; every split ends {@link SplitEnd#SEQUENCE}.
 */
@Internal
final class TwoBitScanner implements RegionScanner {

    /** What a reader keeps across its splits: the parsed file and the text buffer of its chunks. */
    record Reading(SequenceFile file, TwoBitFile twoBit, int chunkBases,
            PackedBases.TextBuffer text) {}

    private final FileChannel channel;
    private final Reading reading;
    private final List<TwoBitRecord> records;
    private final GenomeRegionSplit split;
    private final ByteBuffer readBuffer;
    private final int chunkBytes;
    private final long mappingBytes;
    private final long splitEnd;

    private int record;
    private long position;
    private long recordEnd;
    private TwoBitBlocks nBlocks;
    private TwoBitBlocks maskBlocks;
    private boolean done;
    private int partOrdinal;
    private PartKind partKind = PartKind.CARRY;
    private String partName;
    private boolean partEmitted;
    private FileMapping mapping;

    /** The scanners of a .2bit's splits, sharing the file's parsed header and one text buffer. */
    static FormatScanners.Scanners scanners(SequenceFile file, long mappingSize, int chunkSize) {
        int chunkBases = Math.max(4, chunkSize & ~3);
        Reading reading = new Reading(file, TwoBitFile.of(file), chunkBases,
                new PackedBases.TextBuffer(chunkBases));
        return (channel, split, readBuffer) -> new TwoBitScanner(channel, reading, split,
                mappingSize, readBuffer);
    }

    TwoBitScanner(FileChannel channel, Reading reading, GenomeRegionSplit split, long mappingSize,
            ByteBuffer readBuffer) {
        this.channel = channel;
        this.reading = reading;
        this.records = reading.twoBit().records();
        this.split = split;
        this.readBuffer = readBuffer;
        long span = readBuffer == null ? mappingSize : Math.min(mappingSize, readBuffer.capacity());
        this.chunkBytes = (int) Math.min(reading.chunkBases() / 4, span);
        this.mappingBytes = span / chunkBytes * chunkBytes;
        this.splitEnd = split.end();
        this.record = firstRecord();
        this.position = -1;
    }

    /** The first record whose packed bytes end after the split start, or that starts in it. */
    private int firstRecord() {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            TwoBitRecord r = records.get(mid);
            if (r.packedEnd() > split.start() || r.packedOffset() >= split.start()) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public void scanNextMapping(Queue<SequenceChunk> out) throws IOException {
        releaseMapping();
        while (position < 0 || position >= recordEnd) {
            if (position >= 0) {
                record++;
                position = -1;
            }
            if (record >= records.size() || !inSplit(records.get(record))) {
                finish(out);
                return;
            }
            startRecord(records.get(record), out);
        }
        TwoBitRecord current = records.get(record);
        long spanEnd = Math.min(recordEnd, position + mappingBytes);
        SpanChecks.checkStillCovers(channel, reading.file(), spanEnd);
        mapping = readBuffer == null ? FileMapping.map(channel, position, spanEnd - position)
                : FileMapping.read(channel, position, (int) (spanEnd - position), readBuffer,
                        reading.file().path());
        for (long at = position; at < spanEnd; at += chunkBytes) {
            int bytes = (int) Math.min(chunkBytes, spanEnd - at);
            long firstBase = (at - current.packedOffset()) * 4;
            int count = (int) Math.min(4L * bytes, current.dnaSize() - firstBase);
            int[] n = nBlocks.overlapping(firstBase, firstBase + count);
            int nCount = n.length / 2;
            int[] mask = maskBlocks.overlapping(firstBase, firstBase + count);
            PackedBases packed = new PackedBases(mapping.view(at, bytes), count, n, nCount, mask,
                    mask.length / 2, reading.text());
            out.add(chunk(current.logicalStart() + firstBase, packed, false));
        }
        position = spanEnd;
    }

    private boolean inSplit(TwoBitRecord r) {
        if (r.dnaSize() > 0) {
            return r.packedOffset() < splitEnd && r.packedEnd() > split.start();
        }
        return r.packedOffset() < splitEnd
                || (r.packedOffset() == splitEnd && splitEnd == reading.file().size());
    }

    private void startRecord(TwoBitRecord r, Queue<SequenceChunk> out) throws IOException {
        if (r.packedOffset() >= split.start()) {
            startPart(PartKind.NAMED, r.name(), out);
        }
        position = Math.max(split.start(), r.packedOffset());
        recordEnd = Math.min(splitEnd, r.packedEnd());
        long firstBase = (position - r.packedOffset()) * 4;
        nBlocks = reading.twoBit().nBlocks(channel, r);
        nBlocks.seek(firstBase);
        maskBlocks = reading.twoBit().maskBlocks(channel, r);
        maskBlocks.seek(firstBase);
    }

    private void startPart(PartKind kind, String name, Queue<SequenceChunk> out) {
        if (partKind == PartKind.NAMED && !partEmitted) {
            out.add(chunk(logicalPosition(), null, false));
        }
        partOrdinal++;
        partKind = kind;
        partName = name;
        partEmitted = false;
    }

    /** The logical offset a part without bases sits at: the start of the record being read. */
    private long logicalPosition() {
        return record < records.size() ? records.get(record).logicalStart()
                : records.isEmpty() ? 0 : last().logicalStart() + last().dnaSize();
    }

    private TwoBitRecord last() {
        return records.get(records.size() - 1);
    }

    private void finish(Queue<SequenceChunk> out) {
        out.add(chunk(logicalPosition(), null, true));
        done = true;
    }

    private SequenceChunk chunk(long offset, PackedBases packed, boolean last) {
        partEmitted = true;
        return new SequenceChunk(split.index(), partOrdinal, partKind,
                partKind == PartKind.NAMED ? partName : null, false, offset,
                packed == null ? ByteBuffer.allocate(0) : null, last,
                last ? SplitEnd.SEQUENCE : null, packed == null ? null : mapping, packed);
    }

    private void releaseMapping() {
        if (mapping != null) {
            mapping.close();
            mapping = null;
        }
    }

    @Override
    public void close() {
        releaseMapping();
    }
}
