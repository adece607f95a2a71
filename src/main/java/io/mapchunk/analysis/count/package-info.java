/** Base composition per record ({@code count}) and dinucleotide frequencies, with their kernels. */
package io.mapchunk.analysis.count;
