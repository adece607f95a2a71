package io.mapchunk.format;

import java.nio.charset.StandardCharsets;

/**
 * The two forms of text mapchunk handles. Record names are kept as the bytes of the file, one
 * ISO-8859-1 char a byte, so text outputs reproduce them byte for byte whatever their encoding;
 * file names and arguments come from the JVM as Unicode. Text rows are written in ISO-8859-1, so a
 * Unicode string goes into them as its UTF-8 bytes; JSON and HTML are UTF-8 documents, so a name
 * goes into them decoded from its bytes as UTF-8 (as a terminal would show it), whatever the locale.
 */
public final class NameBytes {

    private NameBytes() {}

    /** A Unicode string (a path, an argument) as bytes, one char a byte: its UTF-8 encoding. */
    public static String of(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A name kept as bytes, decoded as UTF-8 (malformed bytes become U+FFFD). */
    public static String text(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) >= 0x80) {
                return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }
}
