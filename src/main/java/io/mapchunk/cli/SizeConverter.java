package io.mapchunk.cli;

import picocli.CommandLine;

import java.util.Locale;

/** Parses byte sizes such as {@code 4096}, {@code 64k}, {@code 256m}, {@code 1g} (powers of 1024). */
public final class SizeConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        return parse(text);
    }

    public static long parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("ib") || value.endsWith("b") && value.length() > 1
                && Character.isLetter(value.charAt(value.length() - 2))) {
            value = value.substring(0, value.length() - (value.endsWith("ib") ? 2 : 1));
        } else if (value.endsWith("b")) {
            value = value.substring(0, value.length() - 1);
        }
        int shift = 0;
        if (!value.isEmpty()) {
            switch (value.charAt(value.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                case 't' -> shift = 40;
                default -> shift = 0;
            }
        }
        String digits = shift == 0 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits);
            if (number <= 0 || number > (Long.MAX_VALUE >> shift)) {
                throw new CommandLine.TypeConversionException("size out of range: " + text);
            }
            return number << shift;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "not a size: '" + text + "' (examples: 4096, 64k, 256m, 1g)");
        }
    }
}
