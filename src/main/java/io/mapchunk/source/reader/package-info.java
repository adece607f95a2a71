/**
 * Reads a split a mapping at a time and cuts it into chunks of one record each, with the scanner
 * of the file's format ({@code FormatScanners}): FASTA and raw text ({@code SplitScanner}, which
 * finds line ends and headers with {@code ByteSearch}, headers a vector at a time when
 * {@code io.VectorApi} says so) or a {@code .2bit}'s packed bases ({@code TwoBitScanner}).
 */
package io.mapchunk.source.reader;
