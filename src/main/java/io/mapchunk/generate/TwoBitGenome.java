package io.mapchunk.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bases of a {@link SyntheticGenome} (same layout and seed, so the same bases) as a
 * UCSC {@code .2bit} file, as {@code faToTwoBit} would make it from the FASTA: anything but
 * A/C/G/T is an N block (its packed code T), lowercase runs are mask blocks. Streaming, with the
 * heap flat: the bases are generated again for each section the format puts before the packed
 * bases (the count of blocks, the mask starts, the mask sizes); only the N blocks, a few per
 * record, are held. Version 1 (64-bit offsets) when a record starts past 4 GiB.
 */
public final class TwoBitGenome {

    private static final int BUFFER = 4 << 20;
    private static final byte[] CODE = new byte[256];

    static {
        CODE['C'] = CODE['c'] = 1;
        CODE['A'] = CODE['a'] = 2;
        CODE['G'] = CODE['g'] = 3;
    }

    private final GenomeLayout layout;
    private final long seed;
    private final byte[] bases = new byte[BUFFER];

    public TwoBitGenome(GenomeLayout layout, long seed) {
        this.layout = layout;
        this.seed = seed;
    }

    /** Writes the whole file to {@code out}; returns the bytes written. */
    public long writeTo(OutputStream out) throws IOException {
        List<GenomeLayout.Record> records = layout.records();
        List<long[]> nBlocks = new ArrayList<>();
        long[] maskCounts = new long[records.size()];
        for (int r = 0; r < records.size(); r++) {
            Runs runs = new Runs(false);
            List<Long> n = new ArrayList<>();
            Runs nRuns = new Runs(true);
            scan(r, (block, count) -> {
                runs.add(block, count, (start, size) -> { });
                nRuns.add(block, count, (start, size) -> {
                    n.add(start);
                    n.add(size);
                });
            });
            runs.end((start, size) -> { });
            nRuns.end((start, size) -> {
                n.add(start);
                n.add(size);
            });
            maskCounts[r] = runs.count;
            nBlocks.add(n.stream().mapToLong(Long::longValue).toArray());
        }
        long[] offsets = offsets(nBlocks, maskCounts, 4);
        boolean wide = offsets.length > 0 && offsets[offsets.length - 1] > 0xFFFFFFFFL;
        if (wide) {
            offsets = offsets(nBlocks, maskCounts, 8);
        }
        Output output = new Output(out);
        output.int32(0x1A412743).int32(wide ? 1 : 0).int32(records.size()).int32(0);
        for (int r = 0; r < records.size(); r++) {
            byte[] name = records.get(r).name().getBytes(StandardCharsets.US_ASCII);
            output.int8(name.length).bytes(name);
            if (wide) {
                output.int64(offsets[r]);
            } else {
                output.int32((int) offsets[r]);
            }
        }
        for (int r = 0; r < records.size(); r++) {
            writeRecord(output, r, nBlocks.get(r), maskCounts[r]);
        }
        output.flush();
        return output.written;
    }

    /** Each record's file offset, with index entries of {@code offsetBytes}-byte offsets. */
    private long[] offsets(List<long[]> nBlocks, long[] maskCounts, int offsetBytes) {
        List<GenomeLayout.Record> records = layout.records();
        long offset = 16;
        for (GenomeLayout.Record record : records) {
            offset += 1 + record.name().length() + offsetBytes;
        }
        long[] offsets = new long[records.size()];
        for (int r = 0; r < records.size(); r++) {
            offsets[r] = offset;
            offset += 16 + 4L * nBlocks.get(r).length + 8 * maskCounts[r]
                    + (records.get(r).length() + 3) / 4;
        }
        return offsets;
    }

    private void writeRecord(Output output, int r, long[] n, long maskCount) throws IOException {
        output.int32((int) layout.records().get(r).length()).int32(n.length / 2);
        for (int i = 0; i < n.length; i += 2) {
            output.int32((int) n[i]);
        }
        for (int i = 1; i < n.length; i += 2) {
            output.int32((int) n[i]);
        }
        output.int32((int) maskCount);
        for (int pass = 0; pass < 2; pass++) {
            boolean starts = pass == 0;
            Runs runs = new Runs(false);
            Runs.Sink sink = (start, size) -> output.int32((int) (starts ? start : size));
            scan(r, (block, count) -> runs.add(block, count, sink));
            runs.end(sink);
        }
        output.int32(0);
        int[] pending = {0, 0}; // packed bits so far, bases in them
        scan(r, (block, count) -> {
            for (int i = 0; i < count; i++) {
                pending[0] = (pending[0] << 2) | CODE[block[i] & 0xff];
                if (++pending[1] == 4) {
                    output.int8(pending[0]);
                    pending[0] = 0;
                    pending[1] = 0;
                }
            }
        });
        if (pending[1] > 0) {
            output.int8(pending[0] << (2 * (4 - pending[1])));
        }
    }

    /** Receives the bases of a record in order, a block at a time. */
    private interface Blocks {
        void accept(byte[] block, int count) throws IOException;
    }

    private void scan(int r, Blocks blocks) throws IOException {
        RecordGenerator generator = new RecordGenerator(seed, r, layout.records().get(r).length());
        while (generator.remaining() > 0) {
            int count = (int) Math.min(BUFFER, generator.remaining());
            generator.fill(bases, 0, count);
            blocks.accept(bases, count);
        }
    }

    /** Finds the runs of N (anything but A/C/G/T) or of lowercase letters along a record. */
    private static final class Runs {
        interface Sink {
            void run(long start, long size) throws IOException;
        }

        private final boolean n;
        private long position;
        private long start = -1;
        long count;

        Runs(boolean n) {
            this.n = n;
        }

        void add(byte[] block, int length, Sink sink) throws IOException {
            for (int i = 0; i < length; i++, position++) {
                int b = block[i];
                boolean in = n ? CODE[b & 0xff] == 0 && (b | 0x20) != 't' : b >= 'a' && b <= 'z';
                if (in && start < 0) {
                    start = position;
                } else if (!in && start >= 0) {
                    emit(sink);
                }
            }
        }

        void end(Sink sink) throws IOException {
            if (start >= 0) {
                emit(sink);
            }
        }

        private void emit(Sink sink) throws IOException {
            sink.run(start, position - start);
            count++;
            start = -1;
        }
    }

    /** Little-endian integers into a large buffer. */
    private static final class Output {
        private final OutputStream out;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        long written;

        Output(OutputStream out) {
            this.out = out;
        }

        Output int8(int value) throws IOException {
            room(1).put((byte) value);
            return this;
        }

        Output int32(int value) throws IOException {
            room(4).putInt(value);
            return this;
        }

        Output int64(long value) throws IOException {
            room(8).putLong(value);
            return this;
        }

        Output bytes(byte[] value) throws IOException {
            room(value.length).put(value);
            return this;
        }

        private ByteBuffer room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
            return buffer;
        }

        void flush() throws IOException {
            out.write(buffer.array(), 0, buffer.position());
            written += buffer.position();
            buffer.clear();
        }
    }
}
