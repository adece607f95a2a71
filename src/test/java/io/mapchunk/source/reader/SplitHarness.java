package io.mapchunk.source.reader;

import io.mapchunk.analysis.Pass;
import io.mapchunk.analysis.PassRecord;
import io.mapchunk.analysis.count.CountAnalysis;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.io.Compression;
import io.mapchunk.io.InputChannels;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.RichFunction;
import org.apache.flink.api.common.functions.util.ListCollector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Runs a pass without Flink: splits are scanned in a shuffled order by several simulated subtasks,
 * each with its own folder (and, reading, its own window buffer), and the records are handed to
 * the pass' assemblers in the order they were made, like the real job.
 */
public final class SplitHarness {

    private SplitHarness() {}

    public static List<SequenceCount> count(Path path, ReadMethod method, long splitSize,
            long mappingSize, int chunkSize, int subtasks, long shuffleSeed) throws IOException {
        CountAnalysis counts = CountAnalysis.bases();
        return run(Pass.of(counts), path, method, splitSize, mappingSize, chunkSize, subtasks,
                shuffleSeed).get(counts);
    }

    public static Pass.Results run(Pass pass, Path path, ReadMethod method, long splitSize,
            long mappingSize, int chunkSize, int subtasks, long shuffleSeed) throws IOException {
        SequenceFile file = SequenceFile.inspect(path);
        List<PassRecord> records = new ArrayList<>();
        List<FlatMapFunction<SequenceChunk, PassRecord>> folders = new ArrayList<>();
        for (int i = 0; i < subtasks; i++) {
            FlatMapFunction<SequenceChunk, PassRecord> folder = pass.folder(file);
            lifecycle(() -> ((RichFunction) folder).open(DefaultOpenContext.INSTANCE));
            folders.add(folder);
        }
        int splits = scan(path, method, splitSize, mappingSize, chunkSize, subtasks, shuffleSeed,
                (subtask, chunk) -> lifecycle(() -> folders.get(subtask).flatMap(chunk,
                        new ListCollector<>(records))));
        for (FlatMapFunction<SequenceChunk, PassRecord> folder : folders) {
            lifecycle(((RichFunction) folder)::close);
        }
        Pass.Results results = pass.newResults(file, splits);
        records.forEach(results::accept);
        return results;
    }

    /** Takes the chunks one simulated subtask reads, while they are valid. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(int subtask, SequenceChunk chunk) throws IOException;
    }

    /**
     * Scans every split of {@code path}, in a shuffled order, by {@code subtasks} simulated subtasks
     * with their own scanners and read buffers, handing each chunk to {@code sink}; returns the
     * number of splits.
     */
    public static int scan(Path path, ReadMethod method, long splitSize, long mappingSize,
            int chunkSize, int subtasks, long shuffleSeed, ChunkSink sink) throws IOException {
        SequenceFile file = SequenceFile.inspect(path);
        List<GenomeRegionSplit> splits = new ArrayList<>(SplitPlanner.plan(file.size(),
                file.splittable() ? splitSize : Math.max(1, file.size())));
        Collections.shuffle(splits, new Random(shuffleSeed));
        List<ByteBuffer> readBuffers = new ArrayList<>();
        List<FormatScanners.Scanners> scanners = new ArrayList<>();
        for (int i = 0; i < subtasks; i++) {
            scanners.add(FormatScanners.of(file, mappingSize, chunkSize));
            readBuffers.add(method == ReadMethod.MAP && file.compression() == Compression.NONE ? null
                    : ByteBuffer.allocateDirect((int) Math.min(mappingSize, ReadMethod.READ_MAPPING)));
        }
        try (FileChannel channel = InputChannels.open(path)) {
            for (int i = 0; i < splits.size(); i++) {
                int subtask = i % subtasks;
                try (RegionScanner scanner = scanners.get(subtask).open(channel, splits.get(i),
                        readBuffers.get(subtask))) {
                    ArrayDeque<SequenceChunk> ready = new ArrayDeque<>();
                    while (!scanner.isDone() || !ready.isEmpty()) {
                        if (ready.isEmpty()) {
                            scanner.scanNextMapping(ready);
                            continue;
                        }
                        sink.accept(subtask, ready.poll());
                    }
                }
            }
        }
        return splits.size();
    }

    /** A function's step that may throw anything, rethrown as the harness' callers expect. */
    private interface Step {
        void run() throws Exception;
    }

    private static void lifecycle(Step step) throws IOException {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
