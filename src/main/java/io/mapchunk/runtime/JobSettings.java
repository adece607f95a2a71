package io.mapchunk.runtime;

import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.ReadMethod;

import io.mapchunk.io.InputLocation;
import java.nio.file.Path;

/**
 * Settings shared by the jobs: input (a local file or a URI of another file system), parallelism
 * (0 = environment default) and read sizes.
 */
public record JobSettings(InputLocation input, int parallelism, long splitSize, long mappingSize, int chunkSize,
        ReadMethod readMethod) {

    public static JobSettings defaults(Path input) {
        return defaults(InputLocation.of(input));
    }

    public static JobSettings defaults(InputLocation input) {
        return new JobSettings(input, 0, MappedGenomeSource.DEFAULT_SPLIT_SIZE,
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

    MappedGenomeSource source() {
        return MappedGenomeSource.forFile(input)
                .splitSize(splitSize)
                .mappingSize(mappingSize)
                .chunkSize(chunkSize)
                .readMethod(readMethod)
                .build();
    }
}
