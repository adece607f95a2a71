package io.mapchunk.source.split;

import org.apache.flink.annotation.Internal;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;

/**
 * Versioned binary form of {@link GenomeRegionSplit}: index, start, end, then (since version 2)
 * its hosts; version 1 (no hosts) is still read.
 */
@Internal
public final class GenomeRegionSplitSerializer implements SimpleVersionedSerializer<GenomeRegionSplit> {

    public static final GenomeRegionSplitSerializer INSTANCE = new GenomeRegionSplitSerializer();
    private static final int VERSION = 2;
    private static final int WITHOUT_HOSTS = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    public byte[] serialize(GenomeRegionSplit split) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(split, out);
        }
        return bytes.toByteArray();
    }

    @Override
    public GenomeRegionSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != VERSION && version != WITHOUT_HOSTS) {
            throw new IOException("unknown split serializer version " + version);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
            return read(in, version);
        }
    }

    static void write(GenomeRegionSplit split, DataOutputStream out) throws IOException {
        out.writeInt(split.index());
        out.writeLong(split.start());
        out.writeLong(split.end());
        out.writeInt(split.hosts().size());
        for (String host : split.hosts()) {
            out.writeUTF(host);
        }
    }

    static GenomeRegionSplit read(DataInputStream in, int version) throws IOException {
        int index = in.readInt();
        long start = in.readLong();
        long end = in.readLong();
        if (version == WITHOUT_HOSTS) {
            return new GenomeRegionSplit(index, start, end);
        }
        String[] hosts = new String[in.readInt()];
        for (int i = 0; i < hosts.length; i++) {
            hosts[i] = in.readUTF();
        }
        return new GenomeRegionSplit(index, start, end, java.util.List.of(hosts));
    }

    /** Writes a list of splits; used by the enumerator's checkpoint state. */
    public static void writeAll(Iterable<GenomeRegionSplit> splits, int count, DataOutputStream out)
            throws IOException {
        out.writeInt(count);
        for (GenomeRegionSplit split : splits) {
            write(split, out);
        }
    }

    /** Reads a list written by {@link #writeAll} with splits of serializer {@code version}. */
    public static java.util.List<GenomeRegionSplit> readAll(DataInputStream in, int version)
            throws IOException {
        int count = in.readInt();
        java.util.List<GenomeRegionSplit> splits = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            splits.add(read(in, version));
        }
        return splits;
    }
}
