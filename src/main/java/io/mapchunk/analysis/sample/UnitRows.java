package io.mapchunk.analysis.sample;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes the rows of the windows a unit keeps where they are read: formatted into pieces of at
 * most {@link #PIECE} bytes, appended to this subtask's part file when the client's
 * {@link PartDirectory} is visible here, and announced to the client as small {@link SamplePiece}
 * records (or, when it is not visible, sent as the pieces' bytes).
 */
public final class UnitRows extends RichFlatMapFunction<SampleUnit, SamplePiece> {

    private static final long serialVersionUID = 1L;

    static final int PIECE = 1 << 20;

    private final SequenceFile file;
    private final GenomeSpace space;
    private final boolean excludeN;
    private final RowFormat format;
    private final PartDirectory parts;
    private final int pieceSize;
    private transient FileChannel channel;
    private transient UnitSampler sampler;
    private transient byte[][] names;
    private transient RowBuffer buffer;
    private transient FileChannel part;
    private transient String partName;
    private transient long partEnd;
    private transient long unit;
    private transient int piece;
    private transient Collector<SamplePiece> out;

    public UnitRows(SequenceFile file, GenomeSpace space, boolean excludeN, RowFormat format,
            PartDirectory parts) {
        this(file, space, excludeN, format, parts, PIECE);
    }

    /** With pieces of at most {@code pieceSize} bytes (tests use small ones). */
    public UnitRows(SequenceFile file, GenomeSpace space, boolean excludeN, RowFormat format,
            PartDirectory parts, int pieceSize) {
        this.file = file;
        this.space = space;
        this.excludeN = excludeN;
        this.format = format;
        this.parts = parts;
        this.pieceSize = pieceSize;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        channel = InputChannels.open(InputLocation.of(file.path()));
        sampler = new UnitSampler(channel, file, space, excludeN, format.showsBases());
        names = new byte[space.index().size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = space.entry(i).name().getBytes(StandardCharsets.ISO_8859_1);
        }
        buffer = new RowBuffer(pieceSize, this::drain);
        if (parts.visible()) {
            partName = "part-" + UUID.randomUUID();
            part = FileChannel.open(Path.of(parts.path(), partName), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
    }

    @Override
    public void flatMap(SampleUnit sampleUnit, Collector<SamplePiece> collector) throws IOException {
        out = collector;
        unit = sampleUnit.from();
        piece = 0;
        sampler.sample(sampleUnit, (global, record, pos, key, bases, length) ->
                format.writeRow(names[record], pos, bases, length, buffer));
        buffer.flush();
    }

    private void drain(byte[] bytes, int length) throws IOException {
        if (part == null) {
            out.collect(new SamplePiece(unit, piece++, null, 0, length, Arrays.copyOf(bytes, length)));
            return;
        }
        ByteBuffer wrapped = ByteBuffer.wrap(bytes, 0, length);
        long at = partEnd;
        while (wrapped.hasRemaining()) {
            at += part.write(wrapped, at);
        }
        out.collect(new SamplePiece(unit, piece++, partName, partEnd, length, null));
        partEnd = at;
    }

    @Override
    public void close() throws IOException {
        try (FileChannel input = channel; FileChannel output = part) {
            // closes both
        }
    }
}
