package io.mapchunk.job;

import io.mapchunk.analysis.sample.BottomK;
import io.mapchunk.analysis.sample.ChunkReservoir;
import io.mapchunk.analysis.sample.ScanPick;
import io.mapchunk.analysis.sample.ScanPredicate;
import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FaiEntry;
import io.mapchunk.format.FastaIndex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A full-pass sample: {@code k} distinct positions, uniform among those matching a predicate,
 * chosen as the bottom-k by a random key per genome coordinate. Each split's bottom-k is computed
 * where the split is read; the client merges them exactly.
 */
public final class ScanSampleJob {

    private ScanSampleJob() {}

    public static List<SampleRow> run(StreamExecutionEnvironment env, JobSettings settings,
            FastaIndex index, ScanPredicate predicate, long seed, int k) throws Exception {
        return run(env, settings, index, predicate, seed, k, ProgressListener.NONE);
    }

    public static List<SampleRow> run(StreamExecutionEnvironment env, JobSettings settings,
            FastaIndex index, ScanPredicate predicate, long seed, int k, ProgressListener progress)
            throws Exception {
        BottomK merged = new BottomK(k);
        JobRunner.Gathered<ScanPick> run = JobRunner.gather(env, settings,
                "mapchunk sample --scan " + settings.input().getFileName(),
                (chunks, file) -> chunks
                        .flatMap(new ChunkReservoir(file.path(), index, predicate, seed, k))
                        .name("bottom-k per split"),
                progress);
        run.records().forEach(pick -> merged.offer(pick.key(), pick.position()));
        return rows(run.file().path(), index, merged.sortedPositions());
    }

    /** Turns sorted genome coordinates into rows, reading each base with a positional read. */
    static List<SampleRow> rows(String path, FastaIndex index, long[] positions) throws IOException {
        List<SampleRow> rows = new ArrayList<>(positions.length);
        try (FileChannel channel = FileChannel.open(java.nio.file.Path.of(path),
                StandardOpenOption.READ)) {
            int record = 0;
            long recordStart = 0;
            ByteBuffer one = ByteBuffer.allocate(1);
            for (long position : positions) {
                while (position >= recordStart + index.get(record).length()) {
                    recordStart += index.get(record).length();
                    record++;
                }
                FaiEntry entry = index.get(record);
                long pos = position - recordStart;
                one.clear();
                channel.read(one, entry.offsetOf(pos));
                rows.add(new SampleRow(record, pos, new byte[] {one.get(0)}));
            }
        }
        return rows;
    }
}
