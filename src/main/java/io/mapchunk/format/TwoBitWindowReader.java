package io.mapchunk.format;

import io.mapchunk.io.InputFileException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the bases of windows out of a {@code .2bit} file as {@code twoBitToFa} prints them (N in
 * N blocks, lowercase in mask blocks), reading only the packed bytes a window lies on (or, for
 * dense windows, {@link WindowBuffer#BLOCK}-byte reads serving every window they hold) and the
 * blocks of its record near it: each record's block lists are walked along with its windows, with
 * a search on disk when a window jumps back or far ahead.
 */
final class TwoBitWindowReader implements WindowSource {

    /** Windows further apart than this (in bases) search the block lists instead of walking them. */
    private static final long FAR = 1 << 20;

    private final FileChannel channel;
    private final WindowBuffer buffer;
    private final TwoBitFile file;
    /** The .2bit record of each index record (records with bases, in order). */
    private final TwoBitRecord[] records;
    private final TwoBitBlocks[] nBlocks;
    private final TwoBitBlocks[] maskBlocks;
    private final long[] walkedTo;

    TwoBitWindowReader(FileChannel channel, TwoBitFile file, GenomeCoordinates coordinates) {
        this.channel = channel;
        this.buffer = new WindowBuffer(channel);
        this.file = file;
        List<TwoBitRecord> withBases = new ArrayList<>();
        for (TwoBitRecord record : file.records()) {
            if (record.dnaSize() > 0) {
                withBases.add(record);
            }
        }
        if (withBases.size() != coordinates.size()) {
            throw new InputFileException(file.path() + ": the index does not match the .2bit file");
        }
        this.records = withBases.toArray(TwoBitRecord[]::new);
        for (int r = 0; r < records.length; r++) {
            if (!records[r].name().equals(coordinates.entry(r).name())
                    || records[r].dnaSize() != coordinates.entry(r).length()) {
                throw new InputFileException(file.path() + ": the index does not match the .2bit"
                        + " file at sequence '" + coordinates.entry(r).name() + "'");
            }
        }
        this.nBlocks = new TwoBitBlocks[records.length];
        this.maskBlocks = new TwoBitBlocks[records.length];
        this.walkedTo = new long[records.length];
    }

    @Override
    public void startBatch(long gap) {
        buffer.startBatch(gap < WindowReader.DENSE_GAP * 4);
    }

    @Override
    public void read(int record, long pos, int length, byte[] bases) throws IOException {
        TwoBitRecord r = records[record];
        long first = r.packedOffset() + pos / 4;
        long end = r.packedOffset() + (pos + length - 1) / 4 + 1;
        if (!buffer.cover(first, end, r.packedEnd())) {
            throw new InputFileException(file.path() + ": changed while being read (ends at byte "
                    + buffer.end() + ")");
        }
        if (nBlocks[record] == null) {
            nBlocks[record] = file.nBlocks(channel, r);
            maskBlocks[record] = file.maskBlocks(channel, r);
            walkedTo[record] = Long.MAX_VALUE;
        }
        if (pos < walkedTo[record] || pos - walkedTo[record] > FAR) {
            nBlocks[record].seek(pos);
            maskBlocks[record].seek(pos);
        }
        walkedTo[record] = pos + length;
        int[] n = nBlocks[record].overlapping(pos, pos + length);
        int[] mask = maskBlocks[record].overlapping(pos, pos + length);
        TwoBitCodes.decode(buffer.slice(first, end), pos % 4, length, n, n.length / 2, mask,
                mask.length / 2, ByteBuffer.wrap(bases).order(ByteOrder.LITTLE_ENDIAN), 0);
    }
}
