/** The {@code .fai} of a file from one pass: line structure per part, joined by samtools' rules. */
package io.mapchunk.analysis.index;
