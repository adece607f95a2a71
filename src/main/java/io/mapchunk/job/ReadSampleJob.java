package io.mapchunk.job;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.reads.KeyHistogram;
import io.mapchunk.analysis.reads.KeyHistogramAnalysis;
import io.mapchunk.analysis.reads.KeyLengths;
import io.mapchunk.analysis.reads.KeyLengthsAnalysis;
import io.mapchunk.analysis.reads.ReadSampleSplitsAnalysis;
import io.mapchunk.analysis.reads.ReadSelection;
import io.mapchunk.analysis.reads.SampleReadFormat;
import io.mapchunk.analysis.reads.SampleSplits;
import io.mapchunk.analysis.reads.SelectionPlanner;
import io.mapchunk.io.InputFileException;
import io.mapchunk.runtime.JobRunner;
import io.mapchunk.runtime.JobSettings;
import io.mapchunk.runtime.ProgressListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sample} on FASTQ reads, of one file, an interleaved file, or two files of pairs, as a
 * few passes over every file. First the reads of every split are counted
 * ({@link ReadSampleSplitsAnalysis}); the client then cuts the reads (pairs), ordered by a key of
 * their index, where the request says ({@link SelectionPlanner}): for {@code -n} and
 * {@code --fraction} without reading the file again; for {@code --bases} after a histogram pass of
 * keys weighted by length (two in a file of more than about four billion reads) and a pass that
 * collects the keys and lengths of the one bucket where the bases reach the target. Last, a pass
 * writes the reads taken to row files, in file order. Pairs take the same indices in both files.
 */
public final class ReadSampleJob {

    private ReadSampleJob() {}

    /** What to take: {@code -n}, {@code --fraction} or {@code --bases}. */
    public enum Mode { COUNT, FRACTION, BASES }

    /** A request: its mode and amount (the one of count, fraction, bases that the mode uses). */
    public record Request(Mode mode, long count, double fraction, long bases, long seed,
            boolean interleaved, SampleReadFormat format) {}

    /** One input file as the sample sees it. */
    public interface Input {
        /** Its name as the user gave it. */
        String name();

        JobSettings settings();

        /** The progress line of a pass (e.g. "sample"). */
        ProgressListener progress(String pass);

        /** Runs {@code job} so that a failure names this file. */
        <T> T naming(Callable<T> job) throws Exception;
    }

    /**
     * What a sample produced: each input's reads taken, in row files, and how many reads (pairs)
     * were taken of how many. Closing deletes the row files.
     */
    public record Output(List<SampleRowFiles> rows, long taken, long units) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            for (SampleRowFiles files : rows) {
                files.close();
            }
        }
    }

    /** Runs one pass over one input: a Flink job, or (in tests) a harness without Flink. */
    @FunctionalInterface
    public interface PassRunner {
        /** The results of {@code pass} over {@code input}, run as job {@code name}. */
        Pass.Results run(Input input, String name, Pass pass, String progress) throws Exception;
    }

    /** Runs the sample's passes as jobs on {@code env}. */
    public static Output run(StreamExecutionEnvironment env, List<Input> inputs, Request request)
            throws Exception {
        return run((input, name, pass, progress) -> JobRunner.run(env, input.settings(), name,
                pass, input.progress(progress)).results(), inputs, request, UnitRowsFunction.PIECE);
    }

    /** Runs the sample's passes with {@code runner}, in row pieces of at most {@code pieceSize} bytes. */
    static Output run(PassRunner runner, List<Input> inputs, Request request, int pieceSize)
            throws Exception {
        List<SampleSplits> splits = new ArrayList<>();
        for (Input input : inputs) {
            ReadSampleSplitsAnalysis counting = new ReadSampleSplitsAnalysis();
            splits.add(input.naming(() -> runner.run(input,
                    "mapchunk sample (count reads) " + input.name(), Pass.of(counting),
                    "sample (count)").get(counting)));
        }
        long units = units(inputs, splits, request.interleaved());
        ReadSelection selection = switch (request.mode()) {
            case COUNT -> SelectionPlanner.count(request.seed(), units, request.count(),
                    request.interleaved());
            case FRACTION -> SelectionPlanner.fraction(request.seed(), units, request.fraction(),
                    request.interleaved());
            case BASES -> basesCut(runner, inputs, splits, request, units);
        };
        List<SampleRowFiles> written = new ArrayList<>();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                SampleRowFiles rows = SampleRowFiles.create();
                written.add(rows);
                ReadSampleRowsAnalysis writing = new ReadSampleRowsAnalysis(splits.get(i),
                        selection, request.format(), rows, pieceSize);
                input.naming(() -> runner.run(input, "mapchunk sample " + input.name(),
                        Pass.of(writing), "sample"));
            }
            return new Output(written, selection.selected(), units);
        } catch (Exception | Error e) {
            for (SampleRowFiles rows : written) {
                rows.close();
            }
            throw e;
        }
    }

    /** What is keyed: reads, pairs of an interleaved file, or pairs of two files (checked alike). */
    private static long units(List<Input> inputs, List<SampleSplits> splits, boolean interleaved) {
        long reads = splits.get(0).reads();
        if (inputs.size() == 2 && splits.get(1).reads() != reads) {
            throw new InputFileException(inputs.get(0).name() + " has " + reads + " reads, "
                    + inputs.get(1).name() + " " + splits.get(1).reads()
                    + ": not a pair of files");
        }
        if (interleaved && reads % 2 != 0) {
            throw new InputFileException(inputs.get(0).name() + " has an odd number of reads ("
                    + reads + "): not interleaved pairs");
        }
        return interleaved ? reads / 2 : reads;
    }

    /** The cut of {@code --bases}: histogram passes until the target's bucket is small, then its keys. */
    private static ReadSelection basesCut(PassRunner runner, List<Input> inputs,
            List<SampleSplits> splits, Request request, long units) throws Exception {
        int mates = request.interleaved() || inputs.size() == 2 ? 2 : 1;
        SelectionPlanner.BasesCut cut = new SelectionPlanner.BasesCut(request.seed(),
                request.interleaved(), mates, request.bases());
        boolean narrow;
        do {
            KeyHistogram sum = null;
            for (int i = 0; i < inputs.size(); i++) {
                Input input = inputs.get(i);
                KeyHistogramAnalysis histogram = new KeyHistogramAnalysis(splits.get(i),
                        cut.keys(), cut.range());
                KeyHistogram one = input.naming(() -> runner.run(input,
                        "mapchunk sample (key histogram) " + input.name(), Pass.of(histogram),
                        "sample (bases)").get(histogram));
                sum = sum == null ? one : sum.plus(one);
            }
            narrow = cut.narrow(sum);
        } while (!narrow);
        if (cut.decided()) {
            return cut.cut(units, null);
        }
        KeyLengths found = null;
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            KeyLengthsAnalysis keys = new KeyLengthsAnalysis(splits.get(i), cut.keys(), cut.range());
            KeyLengths one = input.naming(() -> runner.run(input,
                    "mapchunk sample (key lengths) " + input.name(), Pass.of(keys),
                    "sample (bases)").get(keys));
            found = found == null ? one : found.with(one);
        }
        return cut.cut(units, found);
    }
}
