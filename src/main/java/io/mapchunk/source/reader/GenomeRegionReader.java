package io.mapchunk.source.reader;

import org.apache.flink.annotation.Internal;
import io.mapchunk.io.InputChannels;
import io.mapchunk.io.InputLocation;
import io.mapchunk.io.InputFileException;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.GenomeRegionSplit;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the splits assigned to one subtask, one at a time, asking the enumerator for the next when
 * done. Emits one chunk per {@link #pollNext} call; a chunk's mapping stays open until every chunk
 * of it has been emitted (and so processed by chained operators or serialized).
 */
@Internal
public final class GenomeRegionReader implements SourceReader<SequenceChunk, GenomeRegionSplit> {

    private static final Logger LOG = LoggerFactory.getLogger(GenomeRegionReader.class);

    private final SourceReaderContext context;
    private final SequenceFile file;
    private final long mappingSize;
    private final ReadMethod method;
    /** The read buffer of {@link ReadMethod#READ}, allocated with the first split. */
    private ByteBuffer readBuffer;
    private final int chunkSize;
    private final ArrayDeque<GenomeRegionSplit> assigned = new ArrayDeque<>();
    private final ArrayDeque<SequenceChunk> ready = new ArrayDeque<>();
    private final Counter bytesRead;

    private FileChannel channel;
    private GenomeRegionSplit currentSplit;
    private RegionScanner scanner;
    /** The scanners of the file's format, made with the first split. */
    private FormatScanners.Scanners scanners;
    private boolean noMoreSplits;
    private boolean splitRequested;
    private CompletableFuture<Void> availability = new CompletableFuture<>();

    public GenomeRegionReader(SourceReaderContext context, SequenceFile file, long mappingSize,
            int chunkSize, ReadMethod method) {
        this.context = context;
        this.file = file;
        this.mappingSize = mappingSize;
        this.chunkSize = chunkSize;
        this.method = method;
        this.bytesRead = context.metricGroup().counter("mapchunkBytesRead");
    }

    @Override
    public void start() {}

    @Override
    public InputStatus pollNext(ReaderOutput<SequenceChunk> output) throws Exception {
        try {
            return pollChunk(output);
        } catch (InternalError e) {
            // a mapped page vanished under us: the JVM turns SIGBUS into InternalError
            throw new InputFileException(file.path() + ": changed while being read (truncated?)", e);
        }
    }

    private InputStatus pollChunk(ReaderOutput<SequenceChunk> output) throws IOException {
        while (true) {
            SequenceChunk chunk = ready.poll();
            if (chunk != null) {
                output.collect(chunk);
                bytesRead.inc(chunk.length());
                return InputStatus.MORE_AVAILABLE;
            }
            if (scanner != null) {
                if (!scanner.isDone()) {
                    scanner.scanNextMapping(ready);
                    continue;
                }
                scanner.close();
                scanner = null;
                currentSplit = null;
            }
            GenomeRegionSplit next = assigned.poll();
            if (next != null) {
                file.checkUnchanged();
                currentSplit = next;
                if (method == ReadMethod.READ && readBuffer == null) {
                    readBuffer = ByteBuffer.allocateDirect(
                            (int) Math.min(mappingSize, ReadMethod.READ_MAPPING));
                }
                if (scanners == null) {
                    scanners = FormatScanners.of(file, mappingSize, chunkSize);
                }
                scanner = scanners.open(channel(), next, readBuffer);
                continue;
            }
            if (noMoreSplits) {
                return InputStatus.END_OF_INPUT;
            }
            if (!splitRequested) {
                splitRequested = true;
                context.sendSplitRequest();
            }
            if (availability.isDone()) {
                availability = new CompletableFuture<>();
            }
            return InputStatus.NOTHING_AVAILABLE;
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = InputChannels.open(InputLocation.of(file.path()));
        }
        return channel;
    }

    @Override
    public List<GenomeRegionSplit> snapshotState(long checkpointId) {
        List<GenomeRegionSplit> unfinished = new ArrayList<>();
        if (currentSplit != null) {
            unfinished.add(currentSplit);
        }
        unfinished.addAll(assigned);
        return unfinished;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return availability;
    }

    @Override
    public void addSplits(List<GenomeRegionSplit> splits) {
        assigned.addAll(splits);
        splitRequested = false;
        availability.complete(null);
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
        availability.complete(null);
    }

    @Override
    public void close() throws IOException {
        if (scanner != null) {
            scanner.close();
        }
        ready.clear();
        if (channel != null) {
            channel.close();
            LOG.debug("closed {}", file.path());
        }
    }
}
