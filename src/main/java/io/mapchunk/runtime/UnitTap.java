package io.mapchunk.runtime;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * The units' counterpart of {@link ProgressTap}: turns unit numbers (from a splittable sequence
 * source) into the units themselves, shipped with the job, and adds each unit's weight to the
 * {@link ProgressTap#BYTES_DONE} accumulator once its work is done. The work is chained to this
 * function, so {@code collect} returns only when the unit has been worked through; a unit that
 * carries a large share of the work is not counted done while it starts.
 */
final class UnitTap<U> extends RichFlatMapFunction<Long, U> {

    private static final long serialVersionUID = 1L;

    private final U[] units;
    private final long[] weights;
    private transient LongCounter done;

    UnitTap(U[] units, long[] weights) {
        this.units = units;
        this.weights = weights;
    }

    @Override
    public void open(OpenContext openContext) {
        done = new LongCounter();
        getRuntimeContext().addAccumulator(ProgressTap.BYTES_DONE, done);
    }

    @Override
    public void flatMap(Long number, Collector<U> out) {
        int unit = (int) (long) number;
        out.collect(units[unit]);
        done.add(weights[unit]);
    }
}
