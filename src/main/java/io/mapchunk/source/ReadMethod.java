package io.mapchunk.source;

import org.apache.flink.annotation.PublicEvolving;

/**
 * How a reader brings a split's bytes into memory. Both keep the file out of the Java heap and
 * give downstream operators the same chunks.
 */
@PublicEvolving
public enum ReadMethod {
    /** Memory-map one span of the split at a time ({@code FileChannel.map}, read-only). */
    MAP,
    /**
     * Positioned reads ({@code FileChannel.read(buffer, position)}) into one reused direct buffer
     * of {@link #READ_MAPPING} bytes per reader. Where faulting mapped pages in is expensive (a
     * virtual machine: measured 0.6-0.8 CPU-s per GB to map against 0.16-0.18 to read, see
     * BENCHMARKS.md), this costs a quarter of the CPU.
     */
    READ;

    /** The direct buffer a {@link #READ} reader fills, one span at a time. */
    public static final int READ_MAPPING = 4 << 20;
}
