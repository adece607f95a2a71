package io.mapchunk.cli.output;

import io.mapchunk.io.InputFileException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies sampled pairs to their outputs, checking as it goes that the mates are mates: the names
 * of the two reads of every pair, up to the first blank (Casava's comment) and without a trailing
 * {@code /1} or {@code /2}, must be equal. The outputs are the temporary files of their targets,
 * so a pair that is not a pair leaves nothing written. Streams, a pair at a time.
 */
final class MateCheck {

    private MateCheck() {}

    /** The pairs of two files: record for record from {@code first} and {@code second}. */
    static void copy(InputStream first, InputStream second, int lines, String firstName,
            String secondName, OutputStream firstOut, OutputStream secondOut) throws IOException {
        SampledReads ones = new SampledReads(first, lines, 1);
        SampledReads twos = new SampledReads(second, lines, 1);
        OutputStream out1 = new BufferedOutputStream(firstOut, 1 << 16);
        OutputStream out2 = new BufferedOutputStream(secondOut, 1 << 16);
        for (long pair = 1; ; pair++) {
            boolean one = ones.next();
            boolean two = twos.next();
            if (one != two) {
                throw new IllegalStateException("the samples of " + firstName + " and "
                        + secondName + " differ in length at pair " + pair);
            }
            if (!one) {
                break;
            }
            if (!ones.mates(0, twos, 0)) {
                throw notMates(firstName + " and " + secondName, pair, ones.header(0),
                        twos.header(0));
            }
            ones.writeTo(out1);
            twos.writeTo(out2);
        }
        out1.flush();
        out2.flush();
    }

    /** The pairs of an interleaved file: record 2i and 2i + 1. */
    static void copy(InputStream in, int lines, String name, OutputStream out) throws IOException {
        SampledReads pairs = new SampledReads(in, lines, 2);
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        for (long pair = 1; pairs.next(); pair++) {
            if (!pairs.mates(0, pairs, 1)) {
                throw notMates(name, pair, pairs.header(0), pairs.header(1));
            }
            pairs.writeTo(buffered);
        }
        buffered.flush();
    }

    private static InputFileException notMates(String files, long pair, String one, String two) {
        return new InputFileException(files + ": sampled pair " + pair + " is '" + one + "' and '"
                + two + "': their names differ, not mates");
    }
}
