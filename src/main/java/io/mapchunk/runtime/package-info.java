/**
 * Running a pass: the job runner (one stage; results with the job or streamed), progress, job
 * settings, and the embedded Flink cluster of {@code bin/mapchunk}.
 */
package io.mapchunk.runtime;
