package io.mapchunk.cli;

import io.mapchunk.io.InputLocation;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.ReadMethod;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every scanning job takes: parallelism, how the file is cut and mapped, progress. */
public final class JobOptions {

    static final String STDERR_TTY = "mapchunk.stderr.tty";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
            description = "Parallel subtasks (default: the environment's, i.e. the number of cores;"
                    + " embedded runs take at most " + ExecutionTarget.SUBTASKS_PER_CORE
                    + " per core, a larger N is lowered to that with a note).")
    Integer parallelism;

    @Option(names = "--split-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Bytes per split handed to a subtask (default: 256m, or a file smaller"
                    + " than that per subtask cut among the subtasks, in splits of at least 16m;"
                    + " for a .2bit, bases: a quarter as many packed bytes).")
    long splitSize = JobSettings.AUTOMATIC_SPLIT_SIZE;

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
        if (parallelism != null && parallelism <= 0) {
            throw new UsageException("--parallelism must be positive, not " + parallelism);
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
        return new JobSettings(input, subtasks(), splitSize, mappingSize, (int) chunkSize, method);
    }

    /** The parallelism asked for, lowered to what the run's own cluster gives; 0 for the default. */
    private int subtasks() {
        if (parallelism == null) {
            return 0;
        }
        int most = ((MapchunkCli) command.parent().userObject()).mostSubtasks();
        if (parallelism > most) {
            Invocation.current().err().println("mapchunk: --parallelism " + parallelism + " is more than this run's"
                    + " embedded cluster gives (" + ExecutionTarget.SUBTASKS_PER_CORE
                    + " per core); running " + most);
            parallelism = most;
        }
        return parallelism;
    }
}
