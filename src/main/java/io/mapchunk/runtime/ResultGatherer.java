package io.mapchunk.runtime;

import org.apache.flink.api.common.accumulators.ListAccumulator;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

import java.io.IOException;

/**
 * The end of a job whose result is small: keeps what reaches it (chained to the operator before
 * it, so nothing crosses the network) and, once its input has ended, hands it to the job's result
 * as one accumulator of {@link DeflatedRecords} blocks. A subtask's records arrive with the job's
 * result only if the subtask finished, so a job either delivers every subtask's records or fails;
 * no client polls a sink.
 *
 * <p>The accumulator is registered only at the end, so heartbeats do not carry it while the job
 * runs.
 */
final class ResultGatherer<T> extends AbstractStreamOperator<Void>
        implements OneInputStreamOperator<T, Void>, BoundedOneInput {

    private static final long serialVersionUID = 1L;

    private final String accumulator;
    private final TypeSerializer<T> serializer;
    private transient DeflatedRecords.Writer<T> gathered;

    ResultGatherer(String accumulator, TypeSerializer<T> serializer) {
        this.accumulator = accumulator;
        this.serializer = serializer;
    }

    @Override
    public void processElement(StreamRecord<T> element) throws IOException {
        if (gathered == null) {
            gathered = new DeflatedRecords.Writer<>(serializer);
        }
        gathered.add(element.getValue());
    }

    @Override
    public void endInput() {
        ListAccumulator<byte[]> blocks = new ListAccumulator<>();
        if (gathered != null) {
            blocks.getLocalValue().addAll(gathered.finish());
            gathered = null;
        }
        getRuntimeContext().addAccumulator(accumulator, blocks);
    }
}
