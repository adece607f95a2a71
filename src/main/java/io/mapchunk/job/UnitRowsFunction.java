package io.mapchunk.job;

import io.mapchunk.analysis.sample.GenomeSpace;
import io.mapchunk.analysis.sample.RowBuffer;
import io.mapchunk.analysis.sample.RowFormat;
import io.mapchunk.analysis.sample.SampleUnit;
import io.mapchunk.analysis.sample.UnitSampler;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The flatMap of a sample's rows job: writes the rows of the windows a unit keeps where they are
 * read, formatted into pieces of at most {@link #PIECE} bytes, appended to this subtask's row file
 * when the client's {@link RowDirectory} is visible here, and announced to the client as small
 * {@link RowPiece} records (or, when it is not visible, sent as the pieces' bytes).
 */
final class UnitRowsFunction extends RichFlatMapFunction<SampleUnit, RowPiece> {

    private static final long serialVersionUID = 1L;

    static final int PIECE = 1 << 20;

    private final SequenceFile file;
    private final GenomeSpace space;
    private final boolean excludeN;
    private final RowFormat format;
    private final RowDirectory directory;
    private final int pieceSize;
    private transient FileChannel channel;
    private transient UnitSampler sampler;
    private transient byte[][] names;
    private transient RowBuffer buffer;
    private transient RowFile rowFile;
    private transient long unit;
    private transient int piece;
    private transient Collector<RowPiece> out;

    UnitRowsFunction(SequenceFile file, GenomeSpace space, boolean excludeN, RowFormat format,
            RowDirectory directory) {
        this(file, space, excludeN, format, directory, PIECE);
    }

    /** With pieces of at most {@code pieceSize} bytes (tests use small ones). */
    UnitRowsFunction(SequenceFile file, GenomeSpace space, boolean excludeN, RowFormat format,
            RowDirectory directory, int pieceSize) {
        this.file = file;
        this.space = space;
        this.excludeN = excludeN;
        this.format = format;
        this.directory = directory;
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
        rowFile = new RowFile(directory);
    }

    @Override
    public void flatMap(SampleUnit sampleUnit, Collector<RowPiece> collector) throws IOException {
        out = collector;
        unit = sampleUnit.from();
        piece = 0;
        sampler.sample(sampleUnit, (global, record, pos, key, bases, length) ->
                format.writeRow(names[record], pos, bases, length, buffer));
        buffer.flush();
    }

    private void drain(byte[] bytes, int length) throws IOException {
        out.collect(rowFile.write(unit, piece++, bytes, length));
    }

    @Override
    public void close() throws IOException {
        try (FileChannel input = channel; RowFile output = rowFile) {
            // closes both
        }
    }
}
