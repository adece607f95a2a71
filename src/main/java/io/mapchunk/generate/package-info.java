/** Synthetic genomes of any size for benchmarks and tests ({@code mapchunk generate}). */
package io.mapchunk.generate;
