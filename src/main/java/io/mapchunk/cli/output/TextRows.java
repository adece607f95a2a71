package io.mapchunk.cli.output;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Text output in ISO-8859-1, so sequence names come out byte for byte as they were read, and its
 * decimals printed as C's {@code %f} and Go's {@code %.nf} print them.
 */
final class TextRows {

    private TextRows() {}

    static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1), 1 << 16);
    }

    /** {@code decimals} decimals of the exact binary value, rounded half-even; NaN as "NaN". */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
