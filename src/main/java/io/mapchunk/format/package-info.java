/**
 * What a file is and where its bases are: FASTA, raw sequence or UCSC {@code .2bit} detection, the
 * {@code .fai} index (read, validated, written), a {@code .2bit}'s own index and block lists, and
 * the coordinates an index gives every base.
 */
package io.mapchunk.format;
