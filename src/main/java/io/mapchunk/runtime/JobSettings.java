package io.mapchunk.runtime;

import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.ReadMethod;

import io.mapchunk.io.InputLocation;
import java.nio.file.Path;

/**
 * Settings shared by the jobs: input (a local file or a URI of another file system), the input as
 * inspected ({@link #inspect()}, once per run: every pass, index and writer of the run then uses
 * that one {@link SequenceFile}), parallelism (0 = environment default) and read sizes; a split
 * size of {@link #AUTOMATIC_SPLIT_SIZE} leaves it to the source
 * ({@link MappedGenomeSource.Builder#subtasks}).
 */
public record JobSettings(InputLocation input, int parallelism, long splitSize, long mappingSize,
        int chunkSize, ReadMethod readMethod, SequenceFile inspected) {

    /** The split size that lets the source choose: the default, or less to use every subtask. */
    public static final long AUTOMATIC_SPLIT_SIZE = 0;

    /** Settings whose input is not inspected yet. */
    public JobSettings(InputLocation input, int parallelism, long splitSize, long mappingSize,
            int chunkSize, ReadMethod readMethod) {
        this(input, parallelism, splitSize, mappingSize, chunkSize, readMethod, null);
    }

    public static JobSettings defaults(Path input) {
        return defaults(InputLocation.of(input));
    }

    public static JobSettings defaults(InputLocation input) {
        return new JobSettings(input, 0, AUTOMATIC_SPLIT_SIZE,
                MappedGenomeSource.DEFAULT_MAPPING_SIZE, MappedGenomeSource.DEFAULT_CHUNK_SIZE,
                ReadMethod.READ);
    }

    /**
     * These settings with the input inspected: opened, checked and its format detected (and, for a
     * {@code .2bit}, its header parsed). Settings already inspected are returned as they are.
     */
    public JobSettings inspect() {
        return inspected != null ? this : new JobSettings(input, parallelism, splitSize,
                mappingSize, chunkSize, readMethod, SequenceFile.inspect(input));
    }

    /** The input as inspected; inspected now if {@link #inspect()} was not called. */
    public SequenceFile file() {
        return inspect().inspected();
    }

    public JobSettings withParallelism(int value) {
        return new JobSettings(input, value, splitSize, mappingSize, chunkSize, readMethod,
                inspected);
    }

    public JobSettings withSplitSize(long value) {
        return new JobSettings(input, parallelism, value, mappingSize, chunkSize, readMethod,
                inspected);
    }

    public JobSettings withMappingSize(long value) {
        return new JobSettings(input, parallelism, splitSize, value, chunkSize, readMethod,
                inspected);
    }

    public JobSettings withChunkSize(int value) {
        return new JobSettings(input, parallelism, splitSize, mappingSize, value, readMethod,
                inspected);
    }

    public JobSettings withReadMethod(ReadMethod value) {
        return new JobSettings(input, parallelism, splitSize, mappingSize, chunkSize, value,
                inspected);
    }

    /** The source of these settings, for {@code subtasks} readers. */
    MappedGenomeSource source(int subtasks) {
        MappedGenomeSource.Builder builder = MappedGenomeSource.forFile(file()).subtasks(subtasks);
        if (splitSize != AUTOMATIC_SPLIT_SIZE) {
            builder.splitSize(splitSize);
        }
        return builder
                .mappingSize(mappingSize)
                .chunkSize(chunkSize)
                .readMethod(readMethod)
                .build();
    }
}
