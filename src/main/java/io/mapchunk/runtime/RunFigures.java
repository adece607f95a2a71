package io.mapchunk.runtime;

/** How a job run went: input bytes, parallelism, wall time and Flink's own job runtime. */
public record RunFigures(long inputBytes, int parallelism, double wallSeconds, double jobSeconds) {

    /** Input bytes per second of job runtime. */
    public double bytesPerSecond() {
        return jobSeconds > 0 ? inputBytes / jobSeconds : Double.NaN;
    }
}
