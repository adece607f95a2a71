package io.mapchunk.analysis.assembly;

/**
 * The {@code type} column of {@code seqkit stats} (2.3): the alphabet seqkit guesses from the
 * letters of the first record's first 10,000 bases ({@link LeadingAlphabetAnalysis}). DNA when
 * every letter is a DNA letter, IUPAC code, N, gap or dot (either case); else RNA (U instead of
 * T allowed); else Protein (any ASCII letter, {@code *}, {@code _}, gaps); else {@code Unlimit},
 * which an empty first record also gives. A file without records has no type.
 */
public final class SeqkitAlphabet {

    private static final boolean[] DNA = letters("acgtryswkmbdhvACGTRYSWKMBDHV -.nN");
    private static final boolean[] RNA = letters("acguryswkmbdhvACGURYSWKMBDHV -.nN");
    private static final boolean[] PROTEIN =
            letters("abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWYZ -xX*_.");

    private SeqkitAlphabet() {}

    /** seqkit's type for a file whose first record begins with {@code letters}. */
    public static String type(LeadingAlphabetAnalysis.Letters letters) {
        if (!letters.records()) {
            return "";
        }
        int[] values = letters.values();
        if (values.length == 0) {
            return "Unlimit";
        }
        if (all(values, DNA)) {
            return "DNA";
        }
        if (all(values, RNA)) {
            return "RNA";
        }
        return all(values, PROTEIN) ? "Protein" : "Unlimit";
    }

    private static boolean all(int[] values, boolean[] alphabet) {
        for (int value : values) {
            if (!alphabet[value]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] letters(String text) {
        boolean[] set = new boolean[256];
        for (int i = 0; i < text.length(); i++) {
            set[text.charAt(i)] = true;
        }
        return set;
    }
}
