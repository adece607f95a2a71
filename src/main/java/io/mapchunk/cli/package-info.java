/** The {@code mapchunk} command line (picocli): options, exit codes, progress and error reporting. */
package io.mapchunk.cli;
