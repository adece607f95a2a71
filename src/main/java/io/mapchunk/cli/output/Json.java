package io.mapchunk.cli.output;

/** Minimal JSON text helpers for the few flat documents mapchunk writes. */
public final class Json {

    private Json() {}

    /** A JSON string literal. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A JSON number; NaN and infinities become null. */
    public static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }
}
