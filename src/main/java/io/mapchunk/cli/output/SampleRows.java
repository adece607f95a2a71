package io.mapchunk.cli.output;

import io.mapchunk.analysis.sample.SampleRow;
import io.mapchunk.format.FastaIndex;
import io.mapchunk.job.SampleJob;

import java.util.List;

/**
 * What {@code sample} writes: the rows its job already laid out in part files, or the few rows of
 * {@code sample --scan}, held in memory.
 */
public sealed interface SampleRows extends AutoCloseable {

    /** How many rows there are. */
    long count();

    /** Rows in part files; {@code count} is what was drawn. Closing deletes the part files. */
    record InParts(SampleJob.Output output, long count) implements SampleRows {
        @Override
        public void close() throws Exception {
            output.close();
        }
    }

    /** Rows held in memory, each naming its record by its ordinal in {@code index}. */
    record InMemory(FastaIndex index, List<SampleRow> rows) implements SampleRows {
        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void close() {}
    }
}
