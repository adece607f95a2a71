package io.mapchunk.cli;

import io.mapchunk.io.InputLocation;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.ReadMethod;
import picocli.CommandLine.Option;

/** Options every scanning job takes: parallelism, how the file is cut and mapped, progress. */
public final class JobOptions {

    static final String STDERR_TTY = "mapchunk.stderr.tty";

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Parallel subtasks (default: the environment's, i.e. the number of cores).")
    int parallelism;

    @Option(names = "--split-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes per split handed to a subtask (default: 256m; for a .2bit,"
                    + " bases: a quarter as many packed bytes).")
    long splitSize = MappedGenomeSource.DEFAULT_SPLIT_SIZE;

    @Option(names = {"--mapping-size", "--window-size"}, paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "With --read map: bytes mapped at a time by a reader, at most 1g"
                    + " (default: 64m); with --read read, reads are at most 4m."
                    + " (--window-size is its older name.)")
    long mappingSize = MappedGenomeSource.DEFAULT_MAPPING_SIZE;

    @Option(names = "--chunk-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes per chunk record (default: 4m).")
    long chunkSize = MappedGenomeSource.DEFAULT_CHUNK_SIZE;

    @Option(names = "--read", paramLabel = "METHOD", defaultValue = "read",
            description = "How readers bring the file in: read (default; positioned reads into one"
                    + " reused 4 MiB direct buffer per reader) or map (memory mappings of"
                    + " --mapping-size).")
    String readMethod;

    @Option(names = {"-q", "--quiet"},
            description = "No progress line (shown only when stderr is a terminal).")
    boolean quiet;

    /**
     * Where the job reports progress: a line on stderr when it is a terminal, which
     * {@code bin/mapchunk} tells with {@code -Dmapchunk.stderr.tty=true} (Java cannot test stderr
     * alone), and nowhere with {@code --quiet}.
     */
    ProgressListener progress(String label) {
        Invocation invocation = Invocation.current();
        return quiet || !invocation.stderrTerminal()
                ? ProgressListener.NONE
                : new TerminalProgress(invocation.err(), label);
    }

    JobSettings settings(InputLocation input) {
        if (parallelism < 0) {
            throw new UsageException("--parallelism must be positive");
        }
        if (mappingSize > (1L << 30)) {
            throw new UsageException("--mapping-size must be at most 1g");
        }
        if (chunkSize > Integer.MAX_VALUE) {
            throw new UsageException("--chunk-size must be below 2g");
        }
        ReadMethod method = switch (readMethod) {
            case "read" -> ReadMethod.READ;
            case "map" -> ReadMethod.MAP;
            default -> throw new UsageException("--read must be read or map, not '" + readMethod + "'");
        };
        return new JobSettings(input, parallelism, splitSize, mappingSize, (int) chunkSize, method);
    }
}
