/**
 * The pipelines: which analyses each command runs in its pass, and how their results combine:
 * per record, in one {@link io.mapchunk.job.RecordTable} with a column per analysis; for
 * {@code sample}, the functions that work through its units and the row files they write.
 */
package io.mapchunk.job;
