/**
 * The {@code mapchunk} command line (picocli): options, exit codes, progress and error reporting.
 * Every command over sequence files extends {@link io.mapchunk.cli.ScanCommand}, which runs it the
 * one way (input, index if needed, pass, atomic write, record counts for {@code mapchunk run});
 * the command says what it parses, which pass it runs and which writer writes its result.
 */
package io.mapchunk.cli;
