package io.mapchunk.source;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.Compression;
import io.mapchunk.io.FileMapping;
import io.mapchunk.io.InputLocation;
import io.mapchunk.source.enumerator.GenomeEnumeratorState;
import io.mapchunk.source.enumerator.GenomeEnumeratorStateSerializer;
import io.mapchunk.source.enumerator.GenomeRegionEnumerator;
import io.mapchunk.source.reader.GenomeRegionReader;
import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.GenomeRegionSplitSerializer;
import io.mapchunk.source.split.BlockHosts;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.nio.file.Path;
import java.util.List;

import static org.apache.flink.util.Preconditions.checkArgument;
import static org.apache.flink.util.Preconditions.checkNotNull;

/**
 * A bounded FLIP-27 source over a sequence file of any {@link io.mapchunk.format.SequenceFormat}.
 *
 * <p>The file is cut into byte-range splits handed out on request; each reader brings its split in
 * a span at a time (positioned reads into one reused buffer by default, or mappings: see
 * {@link ReadMethod}) and emits {@link SequenceChunk}s, views of at most {@code chunkSize} bytes
 * of the span, never copies of the file in the heap. Build
 * one with {@link #forFile(Path)}:
 *
 * <pre>{@code
 * DataStream<SequenceChunk> chunks = env.fromSource(
 *     MappedGenomeSource.forFile(path).build(), WatermarkStrategy.noWatermarks(), "genome");
 * }</pre>
 */
@PublicEvolving
public final class MappedGenomeSource
        implements Source<SequenceChunk, GenomeRegionSplit, GenomeEnumeratorState>,
                ResultTypeQueryable<SequenceChunk> {

    /** Default split size: large enough that per-split cost vanishes, small enough to balance. */
    public static final long DEFAULT_SPLIT_SIZE = 256L << 20;
    /**
     * The smallest split that a file smaller than one default split per subtask is cut into, so
     * that every subtask reads ({@link Builder#subtasks}): below it, a second subtask's start costs
     * more than its half of the bytes.
     */
    public static final long MIN_SHARED_SPLIT_SIZE = 16L << 20;
    public static final long DEFAULT_MAPPING_SIZE = 64L << 20;
    public static final int DEFAULT_CHUNK_SIZE = 4 << 20;

    private static final long serialVersionUID = 1L;

    private final SequenceFile file;
    private final long splitSize;
    private final long mappingSize;
    private final int chunkSize;
    private final ReadMethod readMethod;

    private MappedGenomeSource(SequenceFile file, long splitSize, long mappingSize, int chunkSize,
            ReadMethod readMethod) {
        this.file = file;
        this.splitSize = splitSize;
        this.mappingSize = mappingSize;
        this.chunkSize = chunkSize;
        this.readMethod = readMethod;
    }

    public static Builder forFile(Path path) {
        return forFile(InputLocation.of(checkNotNull(path, "path")));
    }

    /** A source over a local file or one on another file system Flink reaches (read, not mapped). */
    public static Builder forFile(InputLocation location) {
        return new Builder(checkNotNull(location, "location"), null);
    }

    /** A source over a file already inspected: it is not opened again to plan the source. */
    public static Builder forFile(SequenceFile file) {
        return new Builder(InputLocation.of(checkNotNull(file, "file").path()), file);
    }

    /** Bytes per split: as built, or the whole file when it cannot be split (plain gzip). */
    public long splitSize() {
        return splitSize;
    }

    /** The file as inspected (size, mtime, format). */
    public SequenceFile file() {
        return file;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<GenomeRegionSplit, GenomeEnumeratorState> createEnumerator(
            SplitEnumeratorContext<GenomeRegionSplit> context) {
        List<GenomeRegionSplit> splits = SplitPlanner.plan(file.size(), file.splitBytes(splitSize));
        InputLocation location = InputLocation.of(file.path());
        return new GenomeRegionEnumerator(context, location.isLocal()
                || file.compression() != Compression.NONE ? splits
                : BlockHosts.withHosts(location, splits));
    }

    @Override
    public SplitEnumerator<GenomeRegionSplit, GenomeEnumeratorState> restoreEnumerator(
            SplitEnumeratorContext<GenomeRegionSplit> context, GenomeEnumeratorState state) {
        return new GenomeRegionEnumerator(context, state.remaining());
    }

    @Override
    public SimpleVersionedSerializer<GenomeRegionSplit> getSplitSerializer() {
        return GenomeRegionSplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<GenomeEnumeratorState> getEnumeratorCheckpointSerializer() {
        return new GenomeEnumeratorStateSerializer();
    }

    @Override
    public SourceReader<SequenceChunk, GenomeRegionSplit> createReader(SourceReaderContext context) {
        return new GenomeRegionReader(context, file, mappingSize, chunkSize, readMethod);
    }

    @Override
    public TypeInformation<SequenceChunk> getProducedType() {
        return SequenceChunkTypeInfo.INSTANCE;
    }

    /**
     * Builds a {@link MappedGenomeSource}; a file not inspected yet is inspected (exists, format)
     * on {@link #build}.
     */
    @PublicEvolving
    public static final class Builder {
        private final InputLocation path;
        private final SequenceFile inspected;
        private long splitSize = DEFAULT_SPLIT_SIZE;
        private boolean splitSizeGiven;
        private int subtasks = 1;
        private long mappingSize = DEFAULT_MAPPING_SIZE;
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private ReadMethod readMethod = ReadMethod.READ;

        private Builder(InputLocation path, SequenceFile inspected) {
            this.path = path;
            this.inspected = inspected;
        }

        public Builder splitSize(long bytes) {
            checkArgument(bytes > 0, "split size must be positive, got %s", bytes);
            this.splitSize = bytes;
            this.splitSizeGiven = true;
            return this;
        }

        /**
         * The subtasks that will read the file: without a {@link #splitSize}, a file smaller than
         * one default split each is cut into that many splits (of at least
         * {@link #MIN_SHARED_SPLIT_SIZE}), so that a 64 MB chromosome is read on every core.
         */
        public Builder subtasks(int count) {
            checkArgument(count > 0, "subtasks must be positive, got %s", count);
            this.subtasks = count;
            return this;
        }

        public Builder mappingSize(long bytes) {
            checkArgument(bytes > 0 && bytes <= FileMapping.MAX_SIZE,
                    "mapping size must be in (0, %s], got %s", FileMapping.MAX_SIZE, bytes);
            this.mappingSize = bytes;
            return this;
        }

        public Builder chunkSize(int bytes) {
            checkArgument(bytes > 0, "chunk size must be positive, got %s", bytes);
            this.chunkSize = bytes;
            return this;
        }

        /** How readers bring bytes in: positioned reads (default, as the CLI's) or mappings. */
        public Builder readMethod(ReadMethod method) {
            this.readMethod = checkNotNull(method, "method");
            return this;
        }

        /**
         * Inspects the file and builds the source. A compressed file is read (its blocks are
         * inflated into the read buffer), and a plain gzip file is one split. A file on another
         * file system is read, not mapped, and its splits are whole blocks where it has blocks.
         */
        public MappedGenomeSource build() {
            SequenceFile file = inspected != null ? inspected : SequenceFile.inspect(path);
            long bytesPerSplit = splitSizeGiven ? splitSize : Math.min(splitSize,
                    Math.max(MIN_SHARED_SPLIT_SIZE, (file.size() + subtasks - 1) / subtasks));
            long size = !file.splittable() ? Math.max(1, file.size())
                    : path.isLocal() || file.compression() != Compression.NONE ? bytesPerSplit
                    : BlockHosts.alignedSplitSize(path, bytesPerSplit);
            return new MappedGenomeSource(file, size, mappingSize,
                    chunkSize, file.compression() == Compression.NONE && path.isLocal() ? readMethod
                            : ReadMethod.READ);
        }
    }
}
