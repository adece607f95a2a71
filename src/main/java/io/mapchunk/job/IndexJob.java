package io.mapchunk.job;

import io.mapchunk.analysis.index.ChunkLineScanner;
import io.mapchunk.analysis.index.IndexAssembler;
import io.mapchunk.analysis.index.PartLines;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.source.MappedGenomeSource;
import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a file's {@link FastaIndex} in one parallel pass: each subtask summarises the line
 * structure of the parts it reads (chained to the source), and the client joins the few summaries
 * per split in file order.
 */
public final class IndexJob {

    private IndexJob() {}

    /** The dataflow: one line summary per split part. */
    public static DataStream<PartLines> build(DataStream<SequenceChunk> chunks) {
        return chunks.flatMap(new ChunkLineScanner()).name("scan lines").uid("scan-lines");
    }

    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings)
            throws Exception {
        MappedGenomeSource source = settings.source();
        JobEnvironments.prepare(env, settings);
        CloseableIterator<PartLines> results = build(
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "mapped genome"))
                .collectAsync();
        JobClient client = env.executeAsync("mapchunk index " + settings.input().getFileName());
        List<PartLines> parts = new ArrayList<>();
        try (results) {
            results.forEachRemaining(parts::add);
        }
        client.getJobExecutionResult().get();
        return IndexAssembler.assemble(parts, source.file());
    }
}
