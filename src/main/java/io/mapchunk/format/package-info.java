/**
 * What a file is and where its bases are: FASTA or raw sequence detection, the {@code .fai} index
 * (read, validated, written) and the coordinates it gives every base.
 */
package io.mapchunk.format;
