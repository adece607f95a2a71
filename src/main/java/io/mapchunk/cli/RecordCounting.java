package io.mapchunk.cli;

import java.util.Map;

/**
 * A command that can say how many records its last run handled (e.g. sequences and bases for
 * {@code count}); {@code mapchunk run} puts these counts in the job's run record.
 */
interface RecordCounting {

    /** Named counts, e.g. {@code sequences}; empty before the command has run. */
    Map<String, Long> recordCounts();
}
