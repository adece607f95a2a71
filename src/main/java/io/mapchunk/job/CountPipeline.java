package io.mapchunk.job;

import io.mapchunk.analysis.count.ChunkCounter;
import io.mapchunk.analysis.count.CountAssembler;
import io.mapchunk.analysis.count.PartCount;
import io.mapchunk.analysis.count.SequenceCount;
import io.mapchunk.source.SequenceChunk;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The base-count dataflow: chunks are counted where they are read (chained to the source), the
 * few per-part results go to one assembler that resolves records in file order, and the partial
 * counts of each record are merged with {@code keyBy(ordinal).reduce}.
 */
public final class CountPipeline {

    private CountPipeline() {}

    public static DataStream<SequenceCount> build(DataStream<SequenceChunk> chunks, String path) {
        DataStream<PartCount> parts = chunks
                .flatMap(new ChunkCounter())
                .name("count chunks")
                .uid("count-chunks");
        return parts.global()
                .transform("resolve records", TypeInformation.of(SequenceCount.class),
                        new GatherOperator<>(new CountAssembler(path)))
                .setParallelism(1)
                .keyBy(SequenceCount::ordinal)
                .reduce(SequenceCount::merge)
                .name("merge record counts");
    }
}
