package io.mapchunk.job;

import io.mapchunk.source.MappedGenomeSource;

import java.nio.file.Path;

/** Settings shared by the jobs: input, parallelism (0 = environment default) and read sizes. */
public record JobSettings(Path input, int parallelism, long splitSize, long windowSize, int chunkSize) {

    public static JobSettings defaults(Path input) {
        return new JobSettings(input, 0, MappedGenomeSource.DEFAULT_SPLIT_SIZE,
                MappedGenomeSource.DEFAULT_WINDOW_SIZE, MappedGenomeSource.DEFAULT_CHUNK_SIZE);
    }

    public JobSettings withParallelism(int value) {
        return new JobSettings(input, value, splitSize, windowSize, chunkSize);
    }

    public JobSettings withSplitSize(long value) {
        return new JobSettings(input, parallelism, value, windowSize, chunkSize);
    }

    public JobSettings withWindowSize(long value) {
        return new JobSettings(input, parallelism, splitSize, value, chunkSize);
    }

    public JobSettings withChunkSize(int value) {
        return new JobSettings(input, parallelism, splitSize, windowSize, value);
    }

    MappedGenomeSource source() {
        return MappedGenomeSource.forFile(input)
                .splitSize(splitSize)
                .windowSize(windowSize)
                .chunkSize(chunkSize)
                .build();
    }
}
