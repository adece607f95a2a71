package io.mapchunk.job;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.function.SerializableFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers every input record of a bounded stream, then emits what {@code finisher} makes of the
 * whole list. For the small per-part summaries that must be seen together, in file order.
 *
 * <p>Used instead of {@code fullWindowPartition().mapPartition(...)}: Flink 2.3 runs a
 * map-partition function in a separate thread, where an exception is uncaught and kills the whole
 * TaskManager process (FatalExitExceptionHandler, exit 239) instead of failing the job.
 */
public final class GatherOperator<IN, OUT> extends AbstractStreamOperator<OUT>
        implements OneInputStreamOperator<IN, OUT>, BoundedOneInput {

    private static final long serialVersionUID = 1L;

    private final SerializableFunction<List<IN>, List<OUT>> finisher;
    private transient List<IN> gathered;

    public GatherOperator(SerializableFunction<List<IN>, List<OUT>> finisher) {
        this.finisher = finisher;
    }

    @Override
    public void processElement(StreamRecord<IN> element) {
        if (gathered == null) {
            gathered = new ArrayList<>();
        }
        gathered.add(element.getValue());
    }

    @Override
    public void endInput() throws Exception {
        List<IN> all = gathered == null ? List.of() : gathered;
        gathered = null;
        for (OUT result : finisher.apply(all)) {
            output.collect(new StreamRecord<>(result));
        }
    }
}
