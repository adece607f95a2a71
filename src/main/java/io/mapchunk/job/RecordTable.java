package io.mapchunk.job;

import io.mapchunk.analysis.count.SequenceCount;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-record results of one pass, one row per stitched record in file order, keyed by the
 * record: its name and ordinal (its row) from the base counts, and its ordinal in the
 * {@code .fai}, which leaves empty records out as samtools does. Each analysis that ran adds one
 * column, read by name; a column is checked to have one value per record when it is added, so
 * no writer joins results by position.
 */
public final class RecordTable {

    /** A column's name and the type of its values. */
    public record Column<T>(String name) {}

    /** Base counts ({@code CountAnalysis}); every table has them. */
    public static final Column<SequenceCount> COUNTS = new Column<>("counts");
    /** The 16 dinucleotide counts, in {@code Dinucleotides.PAIRS} order. */
    public static final Column<long[]> DINUCLEOTIDES = new Column<>("dinucleotides");
    /** The number of N runs ({@code NRunAnalysis}). */
    public static final Column<Long> N_RUNS = new Column<>("n_runs");

    private final Map<Column<?>, List<?>> columns;
    private final int[] faiOrdinals;
    private final int indexed;

    private RecordTable(Map<Column<?>, List<?>> columns, int[] faiOrdinals, int indexed) {
        this.columns = columns;
        this.faiOrdinals = faiOrdinals;
        this.indexed = indexed;
    }

    /** The table of these records' base counts. */
    public static RecordTable of(List<SequenceCount> counts) {
        int[] faiOrdinals = new int[counts.size()];
        int next = 0;
        for (int r = 0; r < faiOrdinals.length; r++) {
            faiOrdinals[r] = counts.get(r).counts().length > 0 ? next++ : -1;
        }
        return new RecordTable(Map.of(COUNTS, counts), faiOrdinals, next);
    }

    /** This table with the dinucleotides that were counted with the base counts, in one sweep. */
    public RecordTable withDinucleotides() {
        return with(DINUCLEOTIDES, column(COUNTS).stream().map(SequenceCount::pairs).toList());
    }

    /** This table with one more column, one value per record. */
    public <T> RecordTable with(Column<T> column, List<T> values) {
        if (values.size() != size()) {
            throw new IllegalStateException(size() + " sequences counted but " + values.size()
                    + " with " + column.name());
        }
        Map<Column<?>, List<?>> more = new HashMap<>(columns);
        more.put(column, values);
        return new RecordTable(more, faiOrdinals, indexed);
    }

    /** This table with a column of numbers, one per record. */
    public RecordTable with(Column<Long> column, long[] values) {
        return with(column, Arrays.stream(values).boxed().toList());
    }

    public boolean has(Column<?> column) {
        return columns.containsKey(column);
    }

    /** The values of {@code column}, in record order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> column(Column<T> column) {
        List<?> values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("no column " + column.name() + " in this table");
        }
        return (List<T>) values;
    }

    /** Number of records. */
    public int size() {
        return faiOrdinals.length;
    }

    /** Record {@code ordinal}'s ordinal in the {@code .fai}, or -1 for an empty record. */
    public int faiOrdinal(int ordinal) {
        return faiOrdinals[ordinal];
    }

    /** Number of records the {@code .fai} lists (those with bases). */
    public int indexed() {
        return indexed;
    }
}
