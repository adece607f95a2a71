package io.mapchunk.cli;

import picocli.CommandLine;

import java.util.Locale;

/** A positive number of bases: {@code 500}, {@code 10k} (10,000), {@code 1m}, {@code 2kb}. */
final class BasesConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.endsWith("b") && value.length() > 1 && Character.isLetter(value.charAt(value.length() - 2))) {
            value = value.substring(0, value.length() - 1);
        }
        long scale = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 'k' -> 1_000L;
            case 'm' -> 1_000_000L;
            case 'g' -> 1_000_000_000L;
            default -> 1L;
        };
        String digits = scale == 1 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits);
            if (number <= 0 || number > Long.MAX_VALUE / scale) {
                throw new CommandLine.TypeConversionException("want a positive number of bases: " + text);
            }
            return number * scale;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("want a number of bases (e.g. 1000, 10k): " + text);
        }
    }
}
