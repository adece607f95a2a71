package io.mapchunk.cli.output;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** Text output in ISO-8859-1, so sequence names come out byte for byte as they were read. */
final class TextRows {

    private TextRows() {}

    static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1), 1 << 16);
    }
}
