package io.mapchunk.analysis.sample;

import java.io.IOException;
import java.io.Serializable;

/**
 * How one sampled window is written as a row of text (the CLI's {@code --format}). Subtasks write
 * rows where the bases were read, so the layout travels with the job.
 */
public interface RowFormat extends Serializable {

    /**
     * Appends the row of the window {@code bases[0..length)} at 0-based {@code start} of the
     * sequence called {@code name} (ISO-8859-1 bytes).
     */
    void writeRow(byte[] name, long start, byte[] bases, int length, RowBuffer out)
            throws IOException;

    /** Whether rows show the bases; when not, windows need not be read at all. */
    default boolean showsBases() {
        return true;
    }
}
