/**
 * Running a job: the job runner (a pass over a file's chunks or a function over work units, one
 * execute path for both: progress, the records' value-type check, results with the job or
 * streamed), progress, job settings, and the embedded Flink cluster of {@code bin/mapchunk}.
 */
package io.mapchunk.runtime;
