package io.mapchunk.runtime;

import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.ReadMethod;

import io.mapchunk.io.InputLocation;
import java.nio.file.Path;

/**
 * Settings shared by the jobs: input (a local file or a URI of another file system), parallelism
 * (0 = environment default) and read sizes; a split size of {@link #AUTOMATIC_SPLIT_SIZE} leaves
 * it to the source ({@link MappedGenomeSource.Builder#subtasks}).
 */
public record JobSettings(InputLocation input, int parallelism, long splitSize, long mappingSize, int chunkSize,
        ReadMethod readMethod) {

    public static JobSettings defaults(Path input) {
        return defaults(InputLocation.of(input));
    }

    /** The split size that lets the source choose: the default, or less to use every subtask. */
    public static final long AUTOMATIC_SPLIT_SIZE = 0;

    public static JobSettings defaults(InputLocation input) {
        return new JobSettings(input, 0, AUTOMATIC_SPLIT_SIZE,
                MappedGenomeSource.DEFAULT_MAPPING_SIZE, MappedGenomeSource.DEFAULT_CHUNK_SIZE,
                ReadMethod.READ);
    }

    public JobSettings withParallelism(int value) {
        return new JobSettings(input, value, splitSize, mappingSize, chunkSize, readMethod);
    }

    public JobSettings withSplitSize(long value) {
        return new JobSettings(input, parallelism, value, mappingSize, chunkSize, readMethod);
    }

    public JobSettings withMappingSize(long value) {
        return new JobSettings(input, parallelism, splitSize, value, chunkSize, readMethod);
    }

    public JobSettings withChunkSize(int value) {
        return new JobSettings(input, parallelism, splitSize, mappingSize, value, readMethod);
    }

    public JobSettings withReadMethod(ReadMethod value) {
        return new JobSettings(input, parallelism, splitSize, mappingSize, chunkSize, value);
    }

    /** The source of these settings, for {@code subtasks} readers. */
    MappedGenomeSource source(int subtasks) {
        MappedGenomeSource.Builder builder = MappedGenomeSource.forFile(input).subtasks(subtasks);
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
