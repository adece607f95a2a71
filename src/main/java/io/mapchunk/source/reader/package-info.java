/**
 * Reads a split a mapping at a time and cuts it into chunks of one record each, with the scanner
 * of the file's format ({@code FormatScanners}): FASTA and raw text ({@code SplitScanner}) or a
 * {@code .2bit}'s packed bases ({@code TwoBitScanner}).
 */
package io.mapchunk.source.reader;
