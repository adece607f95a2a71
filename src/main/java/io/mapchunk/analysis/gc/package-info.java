/**
 * Base composition in windows along each record ({@code gc}, the report's plots); the bytes of a
 * window are classed by a {@code BinTally}, or its vector twin when {@code io.VectorApi} says so.
 */
package io.mapchunk.analysis.gc;
