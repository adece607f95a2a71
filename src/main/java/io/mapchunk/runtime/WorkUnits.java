package io.mapchunk.runtime;

import org.apache.flink.util.Preconditions;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A job's input when it is not a file's chunks but a list of units of work planned by the client
 * (a sample's draws), each with its weight: its share of the work, which is what progress counts.
 */
public final class WorkUnits<U> {

    private final Class<U> type;
    private final List<U> units;
    private final long[] weights;

    private WorkUnits(Class<U> type, List<U> units, long[] weights) {
        this.type = type;
        this.units = units;
        this.weights = weights;
    }

    /** {@code units} of class {@code type}, each weighing {@code weight.applyAsLong(unit)}. */
    public static <U> WorkUnits<U> of(Class<U> type, List<U> units, ToLongFunction<U> weight) {
        Preconditions.checkNotNull(type);
        long[] weights = new long[units.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight.applyAsLong(units.get(i));
            Preconditions.checkArgument(weights[i] >= 0, "negative weight %s of unit %s",
                    weights[i], units.get(i));
        }
        return new WorkUnits<>(type, List.copyOf(units), weights);
    }

    Class<U> type() {
        return type;
    }

    List<U> units() {
        return units;
    }

    long[] weights() {
        return weights;
    }

    /** The weight of all units together: what a finished job has done. */
    long total() {
        long total = 0;
        for (long weight : weights) {
            total += weight;
        }
        return total;
    }
}
