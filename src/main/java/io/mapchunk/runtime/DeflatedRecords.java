package io.mapchunk.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * A job's records as a few deflated blocks of about a MiB each, for the trip from a subtask
 * through the JobManager to the client. Per-record results of a many-record file (one record per
 * sequence and analysis, mostly small counts) shrink several-fold, and every holder along the way
 * (the subtask, the JobManager's archived job, the client) keeps the small form; the client inflates
 * one block at a time. A record never spans two blocks.
 */
final class DeflatedRecords {

    private static final int BLOCK = 1 << 20;

    private DeflatedRecords() {}

    /** Collects records into deflated blocks. */
    static final class Writer<T> {

        private final TypeSerializer<T> serializer;
        private final DataOutputSerializer pending = new DataOutputSerializer(BLOCK + (BLOCK >> 2));
        private final ArrayList<byte[]> blocks = new ArrayList<>();
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private byte[] scratch = new byte[BLOCK];

        Writer(TypeSerializer<T> serializer) {
            this.serializer = serializer;
        }

        void add(T record) throws IOException {
            serializer.serialize(record, pending);
            if (pending.length() >= BLOCK) {
                flush();
            }
        }

        /** The blocks written so far, the last one included; the writer is done. */
        ArrayList<byte[]> finish() {
            flush();
            deflater.end();
            return blocks;
        }

        private void flush() {
            if (pending.length() == 0) {
                return;
            }
            deflater.reset();
            deflater.setInput(pending.getSharedBuffer(), 0, pending.length());
            deflater.finish();
            int length = 0;
            while (!deflater.finished()) {
                if (length == scratch.length) {
                    scratch = Arrays.copyOf(scratch, scratch.length * 2);
                }
                length += deflater.deflate(scratch, length, scratch.length - length);
            }
            byte[] block = new byte[Integer.BYTES + length];
            writeInt(block, pending.length());
            System.arraycopy(scratch, 0, block, Integer.BYTES, length);
            blocks.add(block);
            pending.clear();
        }
    }

    /**
     * Hands every record of {@code blocks} to {@code sink}, in order, dropping each block from the
     * list once read so that only one is held inflated.
     */
    static <T> void read(List<byte[]> blocks, TypeSerializer<T> serializer, Consumer<T> sink)
            throws IOException {
        Inflater inflater = new Inflater();
        DataInputDeserializer in = new DataInputDeserializer();
        try {
            for (int i = 0; i < blocks.size(); i++) {
                byte[] block = blocks.get(i);
                blocks.set(i, null);
                byte[] plain = new byte[readInt(block)];
                inflater.reset();
                inflater.setInput(block, Integer.BYTES, block.length - Integer.BYTES);
                int length = 0;
                while (length < plain.length && !inflater.finished()) {
                    int inflated = inflater.inflate(plain, length, plain.length - length);
                    if (inflated == 0 && inflater.needsInput()) {
                        throw new IOException("result block " + i + " is cut short");
                    }
                    length += inflated;
                }
                in.setBuffer(plain, 0, length);
                while (in.available() > 0) {
                    sink.accept(serializer.deserialize(in));
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("a result block is damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static void writeInt(byte[] to, int value) {
        for (int i = 0; i < Integer.BYTES; i++) {
            to[i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    private static int readInt(byte[] from) {
        int value = 0;
        for (int i = 0; i < Integer.BYTES; i++) {
            value = value << 8 | (from[i] & 0xff);
        }
        return value;
    }
}
