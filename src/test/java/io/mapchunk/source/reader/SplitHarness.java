package io.mapchunk.source.reader;

import io.mapchunk.analysis.count.ChunkCounter;
import io.mapchunk.analysis.count.CountAssembler;
import io.mapchunk.analysis.count.PartCount;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.format.SequenceFile;
import io.mapchunk.source.ReadMethod;
import io.mapchunk.source.SequenceChunk;
import io.mapchunk.source.split.GenomeRegionSplit;
import io.mapchunk.source.split.SplitPlanner;
import org.apache.flink.api.common.functions.util.ListCollector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Runs the count dataflow without Flink: splits are scanned in a shuffled order by several
 * simulated subtasks, each with its own counter (and, reading, its own window buffer), then
 * assembled and merged like the real job.
 */
public final class SplitHarness {

    private SplitHarness() {}

    public static List<SequenceCount> count(Path path, ReadMethod method, long splitSize,
            long windowSize, int chunkSize, int subtasks, long shuffleSeed) throws IOException {
        SequenceFile file = SequenceFile.inspect(path);
        List<GenomeRegionSplit> splits = new ArrayList<>(SplitPlanner.plan(file.size(), splitSize));
        Collections.shuffle(splits, new Random(shuffleSeed));
        List<PartCount> parts = new ArrayList<>();
        List<ChunkCounter> counters = new ArrayList<>();
        List<ByteBuffer> readBuffers = new ArrayList<>();
        for (int i = 0; i < subtasks; i++) {
            counters.add(new ChunkCounter());
            readBuffers.add(method == ReadMethod.MAP ? null
                    : ByteBuffer.allocateDirect((int) Math.min(windowSize, ReadMethod.READ_WINDOW)));
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (int i = 0; i < splits.size(); i++) {
                ChunkCounter counter = counters.get(i % subtasks);
                try (SplitScanner scanner =
                        new SplitScanner(channel, file, splits.get(i), windowSize, chunkSize,
                                readBuffers.get(i % subtasks))) {
                    ArrayDeque<SequenceChunk> ready = new ArrayDeque<>();
                    while (!scanner.isDone() || !ready.isEmpty()) {
                        if (ready.isEmpty()) {
                            scanner.scanNextWindow(ready);
                            continue;
                        }
                        counter.flatMap(ready.poll(), new ListCollector<>(parts));
                    }
                }
            }
        }
        return CountAssembler.assemble(parts, splits.size(), file.path());
    }
}
