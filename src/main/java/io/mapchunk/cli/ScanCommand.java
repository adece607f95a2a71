package io.mapchunk.cli;

import io.mapchunk.cli.output.OutputTarget;
import io.mapchunk.cli.output.OutputWriter;
import io.mapchunk.io.InputLocation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The one way a command over sequence files runs: its options checked; each input's compression
 * dealt with (plain gzip noted, or refused where bases are read by position); the output target
 * checked against every input before any scan; each input's pass (index if needed, then the
 * job), its failures naming that input; the result written atomically by the writer of
 * {@code --format}; its record counts kept for the run record of {@code mapchunk run}. A command
 * says only what it parses, which pass it runs and how it writes.
 *
 * @param <R> what a pass over one input gives, and what is written
 */
abstract class ScanCommand<R> implements Callable<Integer>, RecordCounting {

    @ParentCommand
    MapchunkCli parent;

    @Mixin
    JobOptions job;

    private Map<String, Long> recordCounts = Map.of();

    /** The inputs, in the order they are scanned (one, but for {@code stats}). */
    abstract List<InputLocation> inputs();

    /** {@code -o}: the file to write (atomically), or {@code null} for stdout. */
    abstract InputLocation output();

    /** The pass over one input. */
    abstract R pass(Scan scan) throws Exception;

    /** The layout {@code --format} asks for. */
    abstract OutputWriter<R> writer();

    /** What the run record says the command handled, e.g. {@code sequences} and {@code bases}. */
    abstract Map<String, Long> recordCounts(R result);

    /** Refuses what the option parser cannot (a {@link UsageException}); before anything is read. */
    void checkOptions() {}

    /** Whether the pass reads bases by position, which a plain gzip file cannot give. */
    boolean readsByPosition() {
        return false;
    }

    /**
     * The target of {@code output}: stdout when it is null, else the file, checked to overwrite
     * none of the inputs.
     */
    static OutputTarget target(InputLocation output, List<InputLocation> inputs)
            throws IOException {
        if (output == null) {
            return OutputTarget.stdout();
        }
        OutputTarget target = null;
        for (InputLocation input : inputs) {
            target = OutputTarget.file(output, input);
        }
        return target;
    }

    /** The passes' results joined into one, in input order; a one-input command has just one. */
    R joined(List<R> results) {
        return results.get(0);
    }

    /**
     * The passes over the inputs, one result each, in input order; a command whose inputs are
     * read together (a pair of read files) overrides it.
     */
    List<R> passes(List<InputLocation> inputs) throws Exception {
        List<R> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputLocation input = inputs.get(i);
            int ordinal = i;
            results.add(InputFailures.naming(input, () -> pass(scan(input, ordinal))));
        }
        return results;
    }

    /** Input {@code ordinal} as its pass sees it. */
    final Scan scan(InputLocation input, int ordinal) {
        return new Scan(parent, job, input, ordinal);
    }

    /** Writes the result to {@code target}; a command with more outputs than {@code -o} overrides it. */
    void publish(R result, OutputTarget target) throws IOException {
        target.write(out -> writer().write(result, out));
    }

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        List<InputLocation> inputs = inputs();
        for (InputLocation input : inputs) {
            if (readsByPosition()) {
                CompressedInput.refuseGzip(input);
            } else {
                CompressedInput.noteStreamed(input);
            }
        }
        OutputTarget target = target(output(), inputs);
        R result = joined(passes(inputs));
        try {
            publish(result, target);
        } finally {
            if (result instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        recordCounts = recordCounts(result);
        return 0;
    }

    @Override
    public final Map<String, Long> recordCounts() {
        return recordCounts;
    }
}
