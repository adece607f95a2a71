package io.mapchunk.job;

import io.mapchunk.analysis.index.ChunkLineScanner;
import io.mapchunk.analysis.index.IndexAssembler;
import io.mapchunk.analysis.index.PartLines;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.source.SequenceChunk;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;


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
        return run(env, settings, ProgressListener.NONE);
    }

    public static FastaIndex run(StreamExecutionEnvironment env, JobSettings settings,
            ProgressListener progress) throws Exception {
        JobRunner.Gathered<PartLines> run = JobRunner.gather(env, settings,
                "mapchunk index " + settings.input().getFileName(),
                (chunks, file) -> build(chunks), progress);
        return IndexAssembler.assemble(run.records(), run.splits(), run.file());
    }
}
