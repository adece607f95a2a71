package io.mapchunk.analysis.sample;

/** Which positions a full-pass sample ({@code sample --scan --where}) draws from. */
public enum ScanPredicate {
    /** Every base. */
    any,
    /** G or C, either case. */
    gc,
    /** The C of a CG dinucleotide, either case (the G may be on the next line). */
    cpg,
    /** Lowercase (soft-masked) letters. */
    lower,
    /** A, C, G or T, either case (no N or other IUPAC code). */
    acgt;

    /** Whether the base {@code b} (followed by {@code next}, or -1 at the record end) qualifies. */
    public boolean test(int b, int next) {
        return switch (this) {
            case any -> true;
            case gc -> (b | 0x20) == 'g' || (b | 0x20) == 'c';
            case cpg -> (b | 0x20) == 'c' && (next | 0x20) == 'g';
            case lower -> b >= 'a' && b <= 'z';
            case acgt -> switch (b | 0x20) {
                case 'a', 'c', 'g', 't' -> true;
                default -> false;
            };
        };
    }
}
