/**
 * Base composition per record ({@code count}) and dinucleotide frequencies, with their kernels: the
 * {@code CountKernel} of a split part ({@code ScalarCountKernel}, or {@code VectorCountKernel} and
 * the pair counters' vector twin when {@code io.VectorApi} says so, made by {@code CountKernels}).
 */
package io.mapchunk.analysis.count;
