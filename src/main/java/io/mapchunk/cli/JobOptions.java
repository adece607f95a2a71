package io.mapchunk.cli;

import io.mapchunk.job.JobSettings;
import io.mapchunk.source.MappedGenomeSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every scanning job takes: parallelism and how the file is cut and mapped. */
public final class JobOptions {

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Parallel subtasks (default: the environment's, i.e. the number of cores).")
    int parallelism;

    @Option(names = "--split-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes per split handed to a subtask (default: 256m).")
    long splitSize = MappedGenomeSource.DEFAULT_SPLIT_SIZE;

    @Option(names = "--window-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes mapped at a time by a reader, at most 1g (default: 64m).")
    long windowSize = MappedGenomeSource.DEFAULT_WINDOW_SIZE;

    @Option(names = "--chunk-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes per chunk record (default: 4m).")
    long chunkSize = MappedGenomeSource.DEFAULT_CHUNK_SIZE;

    JobSettings settings(Path input) {
        if (parallelism < 0) {
            throw new UsageException("--parallelism must be positive");
        }
        if (windowSize > (1L << 30)) {
            throw new UsageException("--window-size must be at most 1g");
        }
        if (chunkSize > Integer.MAX_VALUE) {
            throw new UsageException("--chunk-size must be below 2g");
        }
        return new JobSettings(input, parallelism, splitSize, windowSize, (int) chunkSize);
    }
}
