/**
 * The {@code .fai} of a file from one pass: line structure per split part ({@code LineScanner}, or
 * its vector twin when {@code io.VectorApi} says so), joined by samtools' rules.
 */
package io.mapchunk.analysis.index;
