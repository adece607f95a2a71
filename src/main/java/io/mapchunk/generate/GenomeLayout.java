package io.mapchunk.generate;

import org.apache.flink.util.Preconditions;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a synthetic genome: the 24 GRCh38 primary chromosomes with their lengths scaled
 * so that the written FASTA file comes out close to a requested size.
 */
public record GenomeLayout(List<Record> records) {

    /** One synthetic chromosome: its name and its length in bases. */
    public record Record(String name, long length) {}

    private static final String[] NAMES = {
        "chr1", "chr2", "chr3", "chr4", "chr5", "chr6", "chr7", "chr8", "chr9", "chr10", "chr11",
        "chr12", "chr13", "chr14", "chr15", "chr16", "chr17", "chr18", "chr19", "chr20", "chr21",
        "chr22", "chrX", "chrY"
    };

    /** GRCh38 primary assembly lengths, in the order of {@link #NAMES}. */
    private static final long[] GRCH38 = {
        248_956_422L, 242_193_529L, 198_295_559L, 190_214_555L, 181_538_259L, 170_805_979L,
        159_345_973L, 145_138_636L, 138_394_717L, 133_797_422L, 135_086_622L, 133_275_309L,
        114_364_328L, 107_043_718L, 101_991_189L, 90_338_345L, 83_257_441L, 80_373_285L,
        58_617_616L, 64_444_167L, 46_709_983L, 50_818_468L, 156_040_895L, 57_227_415L
    };

    public GenomeLayout {
        records = List.copyOf(records);
    }

    /** GRCh38 lengths scaled so a FASTA with {@code lineWidth}-base lines is about {@code fileSize} bytes. */
    public static GenomeLayout human(long fileSize, int lineWidth) {
        Preconditions.checkArgument(fileSize > 0, "size must be positive, got %s", fileSize);
        Preconditions.checkArgument(lineWidth >= 0, "line width must be >= 0, got %s", lineWidth);
        long total = 0;
        for (long length : GRCH38) {
            total += length;
        }
        double bytesPerBase = lineWidth == 0 ? 1.0 : 1.0 + 1.0 / lineWidth;
        double scale = fileSize / (total * bytesPerBase);
        List<Record> records = new ArrayList<>(NAMES.length);
        for (int i = 0; i < NAMES.length; i++) {
            records.add(new Record(NAMES[i], Math.max(1, Math.round(GRCH38[i] * scale))));
        }
        return new GenomeLayout(records);
    }

    /** Total bases over all records. */
    public long bases() {
        long sum = 0;
        for (Record record : records) {
            sum += record.length();
        }
        return sum;
    }
}
