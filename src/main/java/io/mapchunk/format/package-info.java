/**
 * What a file is and where its bases are: the {@link io.mapchunk.format.SequenceFormat} type and
 * its classes (FASTA, raw sequence, UCSC {@code .2bit}) in one registry, the file as inspected
 * once per run ({@link io.mapchunk.format.SequenceFile}), the {@code .fai} index (read, validated,
 * written), a {@code .2bit}'s own index and block lists, the coordinates an index gives every
 * base, and random access to windows of bases.
 */
package io.mapchunk.format;
